using DataFlow.Diff;
using DataFlow.Schema;
using static DataFlow.Tests.Diff.DiffSchemas;

namespace DataFlow.Tests.Diff;

public class SchemaDifferConstraintTests
{
    [Fact]
    public void Primary_keys_added_removed_and_changed_are_reported()
    {
        var without = Shop().WithTable("users", t => t with { PrimaryKey = null });
        var wider = Shop().WithTable("users", t => t with { PrimaryKey = new PrimaryKey { Name = "users_pkey", Columns = ["id", "email"] } });

        Assert.Equal(["PrimaryKey Removed public.users.users_pkey"], Compare(Shop(), without));
        Assert.Equal(["PrimaryKey Added public.users.users_pkey"], Compare(without, Shop()));
        Assert.Equal(["PrimaryKey Changed public.users.users_pkey columns"], Compare(Shop(), wider));
    }

    [Fact]
    public void Unnamed_constraints_that_did_not_change_are_matched_by_content()
    {
        var reordered = Shop().WithTable("orders", t => t with
        {
            CheckConstraints = [new CheckConstraint { Expression = "user_id > 0" }, .. t.CheckConstraints],
        });

        Assert.Equal(["CheckConstraint Added public.orders.CHECK user_id > 0"], Compare(Shop(), reordered));
    }

    [Fact]
    public void An_unnamed_check_whose_expression_changed_is_a_drop_and_an_add()
    {
        var to = Shop().WithTable("orders", t => t with { CheckConstraints = [new CheckConstraint { Expression = "id >= 0" }] });

        Assert.Equal(["CheckConstraint Removed public.orders.CHECK id > 0", "CheckConstraint Added public.orders.CHECK id >= 0"], Compare(Shop(), to));
    }

    [Fact]
    public void A_foreign_key_action_change_is_a_definition_change_of_the_same_unnamed_key()
    {
        var to = Shop().WithTable("orders", t => t with { ForeignKeys = [t.ForeignKeys[0] with { OnDelete = ReferentialAction.Cascade }] });

        var change = Assert.Single(SchemaDiffer.Compare(Shop(), to).Changes);

        Assert.Equal("ForeignKey Changed public.orders.FOREIGN KEY (user_id) → public.users (id) definition", Line(change));
        Assert.EndsWith("on delete Cascade on update NoAction", change.After, StringComparison.Ordinal);
    }

    [Fact]
    public void Foreign_keys_and_unique_constraints_are_reported_added_and_removed()
    {
        var to = Shop()
            .WithTable("orders", t => t with { ForeignKeys = [] })
            .WithTable("users", t => t with { UniqueConstraints = [.. t.UniqueConstraints, new UniqueConstraint { Name = "users_name_key", Columns = ["name"] }] });

        Assert.Equal(
            ["ForeignKey Removed public.orders.FOREIGN KEY (user_id) → public.users (id)", "UniqueConstraint Added public.users.users_name_key"],
            Compare(Shop(), to));
        Assert.Equal(
            ["ForeignKey Added public.orders.FOREIGN KEY (user_id) → public.users (id)", "UniqueConstraint Removed public.users.users_name_key"],
            Compare(to, Shop()));
    }

    [Fact]
    public void Indexes_are_matched_by_name_and_compared_by_definition()
    {
        var dropped = Shop().WithTable("users", t => t with { Indexes = [] });
        var unique = Shop().WithTable("users", t => t with { Indexes = [t.Indexes[0] with { IsUnique = true }] });

        Assert.Equal(["Index Removed public.users.ix_users_name"], Compare(Shop(), dropped));
        Assert.Equal(["Index Added public.users.ix_users_name"], Compare(dropped, Shop()));
        var change = Assert.Single(SchemaDiffer.Compare(Shop(), unique).Changes);
        Assert.Equal(("(name)", "unique (name)"), (change.Before, change.After));
    }
}
