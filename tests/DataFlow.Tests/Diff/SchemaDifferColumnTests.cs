using DataFlow.Diff;
using DataFlow.Schema;
using static DataFlow.Tests.Diff.DiffSchemas;

namespace DataFlow.Tests.Diff;

public class SchemaDifferColumnTests
{
    private static string[] ChangeUsersColumn(string column, Func<Column, Column> change) =>
        Compare(Shop(), Shop().WithTable("users", t => t.WithColumn(column, change)));

    [Fact]
    public void An_added_column_is_added_and_a_removed_column_is_destructive()
    {
        var to = Shop().WithTable("users", t => t with { Columns = [.. t.Columns, new Column { Name = "age", Ordinal = 4, RawType = "integer", Type = LogicalType.Of(LogicalTypeKind.Int32) }] });

        Assert.Equal(["Column Added public.users.age"], Compare(Shop(), to));
        Assert.Equal(["Column Removed public.users.age !"], Compare(to, Shop()));
    }

    [Fact]
    public void Narrowing_a_string_is_destructive_and_widening_it_is_not()
    {
        Assert.Equal(["Column Changed public.users.email type !"], ChangeUsersColumn("email", c => Varchar("email", 2, 50, nullable: false)));
        Assert.Equal(["Column Changed public.users.email type"], ChangeUsersColumn("email", c => Varchar("email", 2, 500, nullable: false)));
    }

    [Fact]
    public void Int64_to_int32_is_destructive_and_int32_to_int64_is_not()
    {
        var int32 = LogicalType.Of(LogicalTypeKind.Int32);
        var to = Shop().WithTable("users", t => t.WithColumn("id", c => c with { RawType = "integer", Type = int32 }));

        Assert.Equal(["Column Changed public.users.id type !"], Compare(Shop(), to));
        Assert.Equal(["Column Changed public.users.id type"], Compare(to, Shop()));
    }

    [Fact]
    public void A_raw_type_change_with_the_same_logical_type_is_reported_but_not_destructive()
    {
        var change = Assert.Single(SchemaDiffer.Compare(Shop(), Shop().WithTable("users", t => t.WithColumn("id", c => c with { RawType = "int8" }))).Changes);

        Assert.Equal(("type", "bigint [int64]", "int8 [int64]", false), (change.Property, change.Before, change.After, change.IsDestructive));
    }

    [Fact]
    public void Adding_not_null_is_destructive_and_dropping_it_is_not()
    {
        Assert.Equal(["Column Changed public.users.name nullable !"], ChangeUsersColumn("name", c => c with { IsNullable = false }));
        Assert.Equal(["Column Changed public.users.email nullable"], ChangeUsersColumn("email", c => c with { IsNullable = true }));
    }

    [Fact]
    public void Default_identity_generated_collation_and_comment_are_each_reported_as_one_property()
    {
        Assert.Equal(["Column Changed public.users.name default"], ChangeUsersColumn("name", c => c with { Default = "'x'" }));
        Assert.Equal(["Column Changed public.users.id identity"], ChangeUsersColumn("id", c => c with { Identity = IdentityKind.Always }));
        Assert.Equal(["Column Changed public.users.name generated !"], ChangeUsersColumn("name", c => c with { Generated = GeneratedKind.Stored, GeneratedExpression = "upper(email)" }));
        Assert.Equal(["Column Changed public.users.name collation"], ChangeUsersColumn("name", c => c with { Collation = "C" }));
        Assert.Equal(["Comment Changed public.users.name comment"], ChangeUsersColumn("name", c => c with { Comment = "full name" }));
    }

    [Fact]
    public void A_dropped_and_an_added_column_of_the_same_type_are_a_probable_rename()
    {
        var to = Shop().WithTable("users", t => t.WithColumn("email", c => c with { Name = "email_address" }));

        var change = Assert.Single(SchemaDiffer.Compare(Shop(), to).Changes);

        Assert.Equal("Column ProbableRename public.users.email !", Line(change));
        Assert.Equal("public.users.email_address", change.After);
        Assert.Contains("--rename public.users.email=public.users.email_address", change.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dropped_and_an_added_column_of_different_types_are_a_drop_and_an_add()
    {
        var to = Shop().WithTable("users", t => t.WithColumn("email", c => Int64("email_id", 2)));

        Assert.Equal(["Column Removed public.users.email !", "Column Added public.users.email_id"], Compare(Shop(), to));
    }

    [Fact]
    public void A_confirmed_column_rename_is_a_rename_plus_the_property_changes_of_the_column()
    {
        var to = Shop().WithTable("users", t => t.WithColumn("email", c => c with { Name = "email_address", IsNullable = true }));
        var options = new DiffOptions { Renames = [RenameMapping.TryParse("users.email=users.email_address")!] };

        Assert.Equal(["Column Renamed public.users.email_address", "Column Changed public.users.email_address nullable"], Compare(Shop(), to, options));
    }

    [Fact]
    public void Rename_mappings_parse_from_text_and_reject_text_without_both_sides()
    {
        Assert.Equal(new RenameMapping("a.b", "a.c"), RenameMapping.TryParse("a.b=a.c"));
        Assert.Null(RenameMapping.TryParse("a.b"));
        Assert.Null(RenameMapping.TryParse("=a.c"));
        Assert.Null(RenameMapping.TryParse("a.b="));
    }

    [Fact]
    public void A_confirmed_rename_of_a_column_that_does_not_exist_is_an_error_with_its_code()
    {
        var options = new DiffOptions { Renames = [new RenameMapping("users.mail", "users.email")] };

        var error = Assert.Throws<DataFlowConfigurationException>(() => SchemaDiffer.Compare(Shop(), Shop(), options));

        Assert.Equal(ErrorCodes.RenameNotFound, error.Code);
        Assert.Contains("'users.mail'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_probable_column_rename_inside_a_renamed_table_hints_with_the_old_table_and_the_hint_is_accepted()
    {
        var to = Shop().WithTable("orders", t => (t with { Name = "purchases" }).WithColumn("user_id", c => c with { Name = "buyer_id" }));
        var tableRenamed = new DiffOptions { Renames = [new RenameMapping("orders", "purchases")] };

        var change = SchemaDiffer.Compare(Shop(), to, tableRenamed).Changes.Single(c => c.Kind == SchemaObjectKind.Column);
        var both = new DiffOptions { Renames = [.. tableRenamed.Renames, new RenameMapping(change.Before!, change.After!)] };

        Assert.Equal(("public.orders.user_id", "public.purchases.buyer_id"), (change.Before, change.After));
        Assert.Contains(SchemaDiffer.Compare(Shop(), to, both).Changes, c => c is { Kind: SchemaObjectKind.Column, Action: ChangeAction.Renamed });
    }
}
