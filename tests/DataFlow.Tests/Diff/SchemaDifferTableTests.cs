using DataFlow.Diff;
using DataFlow.Schema;
using DataFlow.Tests.Schema;

namespace DataFlow.Tests.Diff;

public class SchemaDifferTableTests
{
    [Fact]
    public void A_schema_compared_with_itself_has_no_changes_and_is_in_sync()
    {
        var diff = SchemaDiffer.Compare(SampleSchemas.Everything() with { Warnings = [] }, SampleSchemas.Everything() with { Warnings = [] });

        Assert.Empty(diff.Changes);
        Assert.True(diff.IsInSync);
    }

    [Fact]
    public void An_added_table_is_one_added_change_and_not_destructive()
    {
        var to = DiffSchemas.Shop() with { Tables = [.. DiffSchemas.Shop().Tables, new Table { Name = "tags", Schema = "public", Columns = [DiffSchemas.Varchar("label", 1, 20)] }] };

        Assert.Equal(["Table Added public.tags"], DiffSchemas.Compare(DiffSchemas.Shop(), to));
    }

    [Fact]
    public void A_removed_table_is_destructive()
    {
        var to = DiffSchemas.Shop() with { Tables = [DiffSchemas.Shop().Tables[0]] };

        Assert.Equal(["Table Removed public.orders !"], DiffSchemas.Compare(DiffSchemas.Shop(), to));
        Assert.Equal(["Table Added public.orders"], DiffSchemas.Compare(to, DiffSchemas.Shop()));
    }

    [Fact]
    public void A_dropped_and_an_added_table_with_the_same_columns_are_a_probable_rename_with_a_hint()
    {
        var to = DiffSchemas.Shop().WithTable("orders", t => t with { Name = "purchases" });

        var change = Assert.Single(SchemaDiffer.Compare(DiffSchemas.Shop(), to).Changes);

        Assert.Equal(ChangeAction.ProbableRename, change.Action);
        Assert.Equal(("public.orders", "public.purchases"), (change.Before, change.After));
        Assert.Contains("--rename public.orders=public.purchases", change.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confirmed_table_rename_is_a_rename_followed_by_the_changes_inside_the_table()
    {
        var to = DiffSchemas.Shop().WithTable("orders", t => t with { Name = "purchases", Comment = "bought" });
        var options = new DiffOptions { Renames = [new RenameMapping("orders", "purchases")] };

        Assert.Equal(["Table Renamed public.purchases", "Comment Changed public.purchases comment"], DiffSchemas.Compare(DiffSchemas.Shop(), to, options));
    }

    [Fact]
    public void Table_options_and_comments_are_compared_in_both_directions()
    {
        var to = DiffSchemas.Shop().WithTable("users", t => t with { Comment = "people", Annotations = [new Annotation(AnnotationNames.PostgresUnlogged, "true")] });

        Assert.Equal(["Table Changed public.users options", "Comment Changed public.users comment"], DiffSchemas.Compare(DiffSchemas.Shop(), to));
        Assert.Equal(["Table Changed public.users options", "Comment Changed public.users comment"], DiffSchemas.Compare(to, DiffSchemas.Shop()));
    }

    [Fact]
    public void The_order_of_changes_does_not_depend_on_the_order_of_objects_in_the_input()
    {
        var from = DiffSchemas.Shop();
        var to = SampleSchemas.Everything();
        var reversed = to with { Tables = to.Tables.Reverse().ToEquatableArray(), Views = to.Views.Reverse().ToEquatableArray() };

        Assert.Equal(DiffSchemas.Compare(from, to), DiffSchemas.Compare(from, reversed));
        Assert.Equal(SchemaDiffer.Compare(from, to), SchemaDiffer.Compare(from, reversed));
    }

    [Fact]
    public void Warnings_of_either_side_are_not_compared_and_prevent_in_sync()
    {
        var warning = new SchemaWarning { Code = "DF-DISC-010", ObjectKind = "trigger", ObjectName = "trg_audit", Message = "triggers are not read" };
        var from = DiffSchemas.Shop() with { Warnings = [warning] };

        var diff = SchemaDiffer.Compare(from, DiffSchemas.Shop() with { Warnings = [warning] });

        Assert.Empty(diff.Changes);
        Assert.False(diff.IsInSync);
        var notCompared = Assert.Single(diff.NotCompared);
        Assert.Equal(("trigger", "trg_audit", "both"), (notCompared.ObjectKind, notCompared.ObjectName, notCompared.Side));
        Assert.Equal("from", Assert.Single(SchemaDiffer.Compare(from, DiffSchemas.Shop()).NotCompared).Side);
    }
}
