using DataFlow.Cli.CodeFirst;
using DataFlow.CodeFirst;
using DataFlow.CodeGen;
using DataFlow.Schema;
using DataFlow.Tests.CodeGen;

namespace DataFlow.Tests.CodeFirst;

/// <summary>Tables whose classes are named like DataFlow's attributes (Comment, Index, Check, ...) still compile and round-trip.</summary>
public class AttributeNameClashTests
{
    [Fact]
    public void Classes_named_like_attributes_compile_and_read_back_unchanged()
    {
        var names = new[] { "comments", "indexes", "checks", "uniques", "views", "sequences", "domains", "identities", "references" };
        var schema = new DatabaseSchema
        {
            Dialect = "postgresql",
            Tables = names.Select(name => new Table
            {
                Schema = "public",
                Name = name,
                Comment = "about " + name,
                Columns =
                [
                    new Column { Name = "id", Ordinal = 1, RawType = "integer", Type = LogicalType.Of(LogicalTypeKind.Int32), Identity = IdentityKind.ByDefault },
                    new Column { Name = "label", Ordinal = 2, RawType = "text", Type = LogicalType.String(), IsNullable = true, Comment = "a label" },
                ],
                PrimaryKey = new PrimaryKey { Name = name + "_pkey", Columns = ["id"] },
                CheckConstraints = [new CheckConstraint { Name = name + "_label_check", Expression = "(label <> ''::text)" }],
                Indexes = [new TableIndex { Name = name + "_label_idx", Keys = [new IndexKey { Column = "label" }] }],
            }).ToEquatableArray(),
            Sequences = names.Select(name => new Sequence
            {
                Schema = "public", Name = name + "_id_seq", DataType = "integer", StartValue = 1, Increment = 1, MinValue = 1, MaxValue = int.MaxValue,
                CacheSize = 1, OwnedBy = "public." + name + ".id", IsIdentity = true,
            }).ToEquatableArray(),
        };
        var files = ModelScaffolder.Generate(schema, new ScaffoldOptions { OutputDirectory = "unused", Namespace = "Clash" });

        Assert.Contains(files, f => f.RelativePath == "Generated/Comment.cs");
        GeneratedCode.AssertCompiles(files.Select(f => f.Content), "attribute-named classes");
        var read = ModelSchemaBuilder.Build(SourceModelReader.Read(files.Select(f => (f.RelativePath, f.Content))), ModelDialects.For("postgresql"));
        ModelRoundTrip.AssertSame(schema, read, "attribute-named classes");
    }
}
