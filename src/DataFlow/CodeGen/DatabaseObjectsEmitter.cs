using System.Globalization;
using DataFlow.CodeFirst;
using DataFlow.Schema;

namespace DataFlow.CodeGen;

/// <summary>Writes the <c>[DatabaseObjects]</c> class that carries the schema's sequences as <c>[Sequence]</c> attributes.</summary>
internal static class DatabaseObjectsEmitter
{
    /// <summary>Writes the class <paramref name="className"/> for the domains and planned sequences of <paramref name="plan"/>.</summary>
    public static void Write(CSharpWriter writer, string className, ScaffoldPlan plan)
    {
        writer.Summary("The schema's domains and sequences (read back by dataflow diff and check; this class maps no table).");
        writer.Line("[DatabaseObjects]");
        foreach (var domain in plan.Schema.Domains)
        {
            WriteDomain(writer, domain);
        }

        foreach (var sequence in plan.Sequences)
        {
            // Values equal to [Sequence]'s defaults are left out.
            var parts = new List<string> { CSharpSyntax.Literal(sequence.Name) };
            if (sequence.Schema is not (null or "public"))
            {
                parts.Add("Schema = " + CSharpSyntax.Literal(sequence.Schema));
            }

            if (sequence.DataType != "bigint")
            {
                parts.Add("DataType = " + CSharpSyntax.Literal(sequence.DataType));
            }

            foreach (var (name, value, byDefault) in (ReadOnlySpan<(string, long, long)>)
                     [("StartValue", sequence.StartValue, 1), ("Increment", sequence.Increment, 1), ("MinValue", sequence.MinValue, 1),
                      ("MaxValue", sequence.MaxValue, OwnedSequences.MaxOf(sequence.DataType)), ("CacheSize", sequence.CacheSize, 1)])
            {
                if (value != byDefault)
                {
                    parts.Add(name + " = " + Number(value));
                }
            }

            if (sequence.IsCyclic)
            {
                parts.Add("IsCyclic = true");
            }

            if (sequence.OwnedBy is { } owner)
            {
                parts.Add("OwnedBy = " + CSharpSyntax.Literal(owner));
            }

            if (sequence.IsIdentity)
            {
                parts.Add("IsIdentity = true");
            }

            writer.Line("[Sequence(" + string.Join(", ", parts) + ")]");
        }

        using (writer.Block("public static partial class " + className))
        {
        }
    }

    private static void WriteDomain(CSharpWriter writer, DomainType domain)
    {
        var parts = new List<string> { CSharpSyntax.Literal(domain.Name), CSharpSyntax.Literal(domain.RawBaseType) };
        if (domain.Schema is not (null or "public"))
        {
            parts.Add("Schema = " + CSharpSyntax.Literal(domain.Schema));
        }

        if (domain.IsNotNull)
        {
            parts.Add("IsNotNull = true");
        }

        foreach (var (name, value) in (ReadOnlySpan<(string, string?)>)[("Default", domain.Default), ("Collation", domain.Collation), ("Comment", domain.Comment)])
        {
            if (value is not null)
            {
                parts.Add(name + " = " + CSharpSyntax.Literal(value));
            }
        }

        if (!domain.CheckConstraints.IsEmpty)
        {
            parts.Add("Checks = new[] { " + string.Join(", ", domain.CheckConstraints.Select(c => CSharpSyntax.Literal(c.Expression))) + " }");
            parts.Add("CheckNames = new[] { " + string.Join(", ", domain.CheckConstraints.Select(c => c.Name is null ? "null" : CSharpSyntax.Literal(c.Name))) + " }");
        }

        writer.Line("[Domain(" + string.Join(", ", parts) + ")]");
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture) + (value is > int.MaxValue or < int.MinValue ? "L" : "");
}
