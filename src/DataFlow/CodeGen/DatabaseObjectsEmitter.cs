using System.Globalization;
using DataFlow.Schema;

namespace DataFlow.CodeGen;

/// <summary>Writes the <c>[DatabaseObjects]</c> class that carries the schema's sequences as <c>[Sequence]</c> attributes.</summary>
internal static class DatabaseObjectsEmitter
{
    /// <summary>Writes the class <paramref name="className"/> for the sequences of <paramref name="schema"/>.</summary>
    public static void Write(CSharpWriter writer, string className, DatabaseSchema schema)
    {
        writer.Summary("The schema's domains and sequences (read back by dataflow diff and check; this class maps no table).");
        writer.Line("[DatabaseObjects]");
        foreach (var domain in schema.Domains)
        {
            WriteDomain(writer, domain);
        }

        foreach (var sequence in schema.Sequences)
        {
            var parts = new List<string> { CSharpSyntax.Literal(sequence.Name) };
            if (sequence.Schema is not (null or "public"))
            {
                parts.Add("Schema = " + CSharpSyntax.Literal(sequence.Schema));
            }

            parts.Add("DataType = " + CSharpSyntax.Literal(sequence.DataType));
            parts.Add("StartValue = " + Number(sequence.StartValue));
            parts.Add("Increment = " + Number(sequence.Increment));
            parts.Add("MinValue = " + Number(sequence.MinValue));
            parts.Add("MaxValue = " + Number(sequence.MaxValue));
            parts.Add("CacheSize = " + Number(sequence.CacheSize));
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
