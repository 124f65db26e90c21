using System.Reflection;
using Humanizer.Inflections;

namespace DataFlow.Naming;

/// <summary>
/// Humanizer's default English vocabulary as data, read from the IL of <c>Vocabularies.BuildDefault</c>: a straight
/// sequence of <c>AddPlural(rule, replacement)</c>, <c>AddSingular(rule, replacement)</c>,
/// <c>AddIrregular(singular, plural, matchEnding)</c> and <c>AddUncountable(word)</c> calls with string constants. Any
/// other instruction, or a call to anything else, makes the reading fail (null) — the caller then falls back. An
/// irregular pair becomes the plural and singular rules <c>Vocabulary.AddIrregular</c> makes of it.
/// </summary>
internal sealed class VocabularySource
{
    private VocabularySource()
    {
    }

    /// <summary>The plural rules (pattern, replacement) in the order they were added.</summary>
    public List<(string Pattern, string Replacement)> Plurals { get; } = [];

    /// <summary>The singular rules (pattern, replacement) in the order they were added.</summary>
    public List<(string Pattern, string Replacement)> Singulars { get; } = [];

    /// <summary>The uncountable words, compared as Humanizer's vocabulary compares them (ordinally: it keeps a <c>List&lt;string&gt;</c>).</summary>
    public HashSet<string> Uncountables { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads the vocabulary, or null when the method is not the expected sequence of calls.</summary>
    public static VocabularySource? TryRead()
    {
        var method = typeof(Vocabularies).GetMethod("BuildDefault", BindingFlags.Static | BindingFlags.NonPublic);
        var il = method?.GetMethodBody()?.GetILAsByteArray();
        if (method is null || il is null)
        {
            return null;
        }

        var source = new VocabularySource();
        var operands = new List<object>();
        var position = 0;
        while (position < il.Length)
        {
            var opcode = il[position++];
            switch (opcode)
            {
                case 0x00: // nop
                case 0x02: // ldarg.0
                case 0x06: // ldloc.0
                case 0x07: // ldloc.1
                case 0x0A: // stloc.0
                case 0x0B: // stloc.1
                case 0x25: // dup
                    break;
                case 0x16: // ldc.i4.0
                case 0x17: // ldc.i4.1
                    operands.Add(opcode == 0x17);
                    break;
                case 0x2A: // ret
                    return position == il.Length && operands.Count == 0 && source.Plurals.Count > 0 ? source : null;
                case 0x72: // ldstr
                    operands.Add(method.Module.ResolveString(BitConverter.ToInt32(il, position)));
                    position += 4;
                    break;
                case 0x73: // newobj (the vocabulary)
                    if (method.Module.ResolveMethod(BitConverter.ToInt32(il, position)) is not ConstructorInfo { DeclaringType: { } created } || created != typeof(Vocabulary))
                    {
                        return null;
                    }

                    position += 4;
                    break;
                case 0x28: // call
                case 0x6F: // callvirt
                    if (!source.Add(method.Module.ResolveMethod(BitConverter.ToInt32(il, position)), operands))
                    {
                        return null;
                    }

                    operands.Clear();
                    position += 4;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    // One Add… call with its constant arguments; the irregular rules as Vocabulary.AddIrregular builds them.
    private bool Add(MethodBase? called, List<object> operands)
    {
        if (called?.DeclaringType != typeof(Vocabulary))
        {
            return false;
        }

        switch (called.Name, operands.Count)
        {
            case ("AddPlural", 2) when operands is [string rule, string replacement]:
                Plurals.Add((rule, replacement));
                return true;
            case ("AddSingular", 2) when operands is [string rule, string replacement]:
                Singulars.Add((rule, replacement));
                return true;
            case ("AddUncountable", 1) when operands is [string word]:
                Uncountables.Add(word);
                return true;
            case ("AddIrregular", 3) when operands is [string singular, string plural, bool matchEnding] && singular.Length > 0 && plural.Length > 0:
                if (matchEnding)
                {
                    Plurals.Add(("(" + singular[0] + ")" + singular[1..] + "$", "$1" + plural[1..]));
                    Singulars.Add(("(" + plural[0] + ")" + plural[1..] + "$", "$1" + singular[1..]));
                }
                else
                {
                    Plurals.Add(("^" + singular + "$", plural));
                    Singulars.Add(("^" + plural + "$", singular));
                }

                return true;
            default:
                return false;
        }
    }
}
