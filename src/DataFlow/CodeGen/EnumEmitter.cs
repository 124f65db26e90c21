namespace DataFlow.CodeGen;

/// <summary>Writes a database enum as a C# enum whose members carry their database labels.</summary>
internal static class EnumEmitter
{
    /// <summary>Writes <paramref name="plan"/>; <c>[EnumMember(Value = "label")]</c> maps each member to its label.</summary>
    public static void Write(CSharpWriter writer, EnumPlan plan)
    {
        writer.Summary(plan.Enum.Comment is { } comment
            ? CSharpSyntax.XmlDoc(comment)
            : $"The enum <c>{CSharpSyntax.XmlDoc(plan.Enum.QualifiedName)}</c>; each member's database label is its <see cref=\"EnumMemberAttribute.Value\"/>.");
        writer.Line(plan.Enum.Schema is null or "public"
            ? $"[DbEnum({CSharpSyntax.Literal(plan.Enum.Name)})]"
            : $"[DbEnum({CSharpSyntax.Literal(plan.Enum.Name)}, Schema = {CSharpSyntax.Literal(plan.Enum.Schema)})]");
        if (plan.Enum.Comment is { } text)
        {
            writer.Line($"[Comment({CSharpSyntax.Literal(text)})]");
        }

        using (writer.Block("public enum " + CSharpSyntax.Identifier(plan.ClassName)))
        {
            for (var i = 0; i < plan.Members.Count; i++)
            {
                if (i > 0)
                {
                    writer.Line();
                }

                var label = plan.Enum.Values[i];
                writer.Summary($"The label <c>{CSharpSyntax.XmlDoc(label)}</c>.");
                writer.Line($"[EnumMember(Value = {CSharpSyntax.Literal(label)})]");
                writer.Line(CSharpSyntax.Identifier(plan.Members[i]) + ",");
            }
        }
    }
}
