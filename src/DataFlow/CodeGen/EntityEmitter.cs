using System.Globalization;
using DataFlow.Schema;

namespace DataFlow.CodeGen;

/// <summary>Writes the partial class of one table or view with its data annotations.</summary>
internal static class EntityEmitter
{
    /// <summary>Writes <paramref name="entity"/> as a partial class.</summary>
    public static void Write(CSharpWriter writer, EntityPlan entity, ScaffoldPlan plan)
    {
        var kind = entity.View is null ? "table" : entity.View.IsMaterialized ? "materialized view" : "view";
        writer.Summary(entity.Comment is { } comment
            ? CSharpSyntax.XmlDoc(comment)
            : $"The {kind} <c>{CSharpSyntax.XmlDoc(entity.QualifiedName)}</c>{(entity.View is null ? "" : " (read-only, no key)")}.");
        writer.Line(entity.Schema is null
            ? $"[Table({CSharpSyntax.Literal(entity.Name)})]"
            : $"[Table({CSharpSyntax.Literal(entity.Name)}, Schema = {CSharpSyntax.Literal(entity.Schema)})]");
        EntityAnnotations.WriteClass(writer, entity, plan);
        using (writer.Block("public partial class " + CSharpSyntax.Identifier(entity.ClassName)))
        {
            var first = true;
            foreach (var property in entity.Properties)
            {
                Separate(writer, ref first);
                WriteProperty(writer, property, entity.Table?.PrimaryKey?.Columns.Count == 1);
            }

            foreach (var navigation in entity.Navigations)
            {
                Separate(writer, ref first);
                var columns = string.Join(", ", navigation.ForeignKey.Columns.Select(c => $"<c>{CSharpSyntax.XmlDoc(c)}</c>"));
                writer.Summary($"The <c>{CSharpSyntax.XmlDoc(navigation.Target.QualifiedName)}</c> row that {columns} refers to.");
                var type = CSharpSyntax.Identifier(navigation.Target.ClassName);
                writer.Line(navigation.IsOptional
                    ? $"public {type}? {CSharpSyntax.Identifier(navigation.Name)} {{ get; set; }}"
                    : $"public {type} {CSharpSyntax.Identifier(navigation.Name)} {{ get; set; }} = null!;");
            }

            foreach (var collection in entity.Collections)
            {
                Separate(writer, ref first);
                var columns = string.Join(", ", collection.ForeignKey.Columns.Select(c => $"<c>{CSharpSyntax.XmlDoc(c)}</c>"));
                writer.Summary($"The <c>{CSharpSyntax.XmlDoc(collection.Target.QualifiedName)}</c> rows whose {columns} refers to this row.");
                var type = CSharpSyntax.Identifier(collection.Target.ClassName);
                writer.Line($"public ICollection<{type}> {CSharpSyntax.Identifier(collection.Name)} {{ get; set; }} = new List<{type}>();");
            }
        }
    }

    private static void WriteProperty(CSharpWriter writer, PropertyPlan property, bool singleKey)
    {
        var column = property.Column;
        writer.Summary(column.Comment is { } comment
            ? CSharpSyntax.XmlDoc(comment)
            : $"The column <c>{CSharpSyntax.XmlDoc(column.Name)}</c> (<c>{CSharpSyntax.XmlDoc(column.RawType)}</c>).");
        if (property.Type.IsUnknown)
        {
            writer.Line($"// The database type '{CSharpSyntax.LineComment(column.RawType)}' has no CLR mapping: it is read as text.");
        }

        if (property.IsKey)
        {
            writer.Line("[Key]");
        }

        var order = property.KeyOrder is { } n ? ", Order = " + n.ToString(CultureInfo.InvariantCulture) : "";
        writer.Line($"[Column({CSharpSyntax.Literal(column.Name)}{order}, TypeName = {CSharpSyntax.Literal(column.RawType)})]");
        if (column.Type.Kind == LogicalTypeKind.String && column.MaxLength is { } length)
        {
            writer.Line($"[MaxLength({length.ToString(CultureInfo.InvariantCulture)})]");
        }

        if (column.Generated != GeneratedKind.None)
        {
            writer.Line("[DatabaseGenerated(DatabaseGeneratedOption.Computed)]");
        }
        else if (column.Identity != IdentityKind.None)
        {
            writer.Line("[DatabaseGenerated(DatabaseGeneratedOption.Identity)]");
        }

        EntityAnnotations.WriteProperty(writer, property, singleKey && property.IsKey && column.Type.Kind is LogicalTypeKind.Int16 or LogicalTypeKind.Int32 or LogicalTypeKind.Int64);

        var name = CSharpSyntax.Identifier(property.Name);
        var type = property.Type.Name;
        writer.Line(column.IsNullable
            ? $"public {type}? {name} {{ get; set; }}"
            : property.Type.IsValueType
                ? $"public {type} {name} {{ get; set; }}"
                : $"public {type} {name} {{ get; set; }} = null!;");
    }

    private static void Separate(CSharpWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        first = false;
    }
}
