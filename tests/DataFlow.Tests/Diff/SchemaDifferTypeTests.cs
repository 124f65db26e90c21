using DataFlow.Diff;
using DataFlow.Schema;
using static DataFlow.Tests.Diff.DiffSchemas;

namespace DataFlow.Tests.Diff;

public class SchemaDifferTypeTests
{
    [Fact]
    public void Views_are_added_removed_and_changed_by_definition_and_columns_but_not_by_whitespace()
    {
        var view = Shop().Views[0];
        var reformatted = Shop() with { Views = [view with { Definition = "SELECT  email\n FROM users;" }] };
        var changed = Shop() with { Views = [view with { Definition = "SELECT lower(email) AS email FROM users", Columns = [Varchar("email", 1, 100)] }] };

        Assert.Empty(Compare(Shop(), reformatted));
        Assert.Equal(["View Changed public.user_emails columns", "View Changed public.user_emails definition"], Compare(Shop(), changed));
        Assert.Equal(["View Removed public.user_emails"], Compare(Shop(), Shop() with { Views = [] }));
        Assert.Equal(["View Added public.user_emails"], Compare(Shop() with { Views = [] }, Shop()));
    }

    [Fact]
    public void Materialized_views_have_their_own_kind_and_their_indexes_are_compared()
    {
        var view = Shop().Views[0] with { IsMaterialized = true };
        var indexed = view with { Indexes = [new TableIndex { Name = "ix_mv_email", Keys = [new IndexKey { Column = "email" }] }] };

        Assert.Equal(["MaterializedView Added public.user_emails"], Compare(Shop() with { Views = [] }, Shop() with { Views = [view] }));
        Assert.Equal(["Index Added public.user_emails.ix_mv_email"], Compare(Shop() with { Views = [view] }, Shop() with { Views = [indexed] }));
        Assert.Equal(["MaterializedView Changed public.user_emails materialized"], Compare(Shop(), Shop() with { Views = [view] }));
    }

    [Fact]
    public void Enum_values_added_removed_and_reordered_are_reported_and_only_removal_is_destructive()
    {
        static DatabaseSchema Values(params string[] values) => Shop() with { Enums = [Shop().Enums[0] with { Values = values }] };

        Assert.Equal(["Enum Changed public.mood values added"], Compare(Shop(), Values("sad", "ok", "happy", "ecstatic")));
        Assert.Equal(["Enum Changed public.mood values removed !"], Compare(Shop(), Values("sad", "happy")));
        Assert.Equal(["Enum Changed public.mood value order"], Compare(Shop(), Values("happy", "ok", "sad")));
        Assert.Equal(["Enum Removed public.mood !"], Compare(Shop(), Shop() with { Enums = [] }));
        Assert.Equal(["Enum Added public.mood"], Compare(Shop() with { Enums = [] }, Shop()));
    }

    [Fact]
    public void Domain_changes_are_reported_per_property()
    {
        var domain = Shop().Domains[0];
        var to = Shop() with
        {
            Domains = [domain with { RawBaseType = "varchar(50)", BaseType = LogicalType.String(50), IsNotNull = true, CheckConstraints = [new CheckConstraint { Expression = "VALUE LIKE '%@%'" }] }],
        };

        Assert.Equal(["Domain Changed public.email checks", "Domain Changed public.email not null !", "Domain Changed public.email type !"], Compare(Shop(), to));
        Assert.Equal(["Domain Removed public.email !"], Compare(Shop(), Shop() with { Domains = [] }));
        Assert.Equal(["Domain Added public.email"], Compare(Shop() with { Domains = [] }, Shop()));
    }

    [Fact]
    public void Sequence_changes_are_reported_per_property()
    {
        var sequence = Shop().Sequences[0];

        Assert.Equal(["Sequence Changed public.ticket_seq definition"], Compare(Shop(), Shop() with { Sequences = [sequence with { Increment = 10 }] }));
        Assert.Equal(["Sequence Changed public.ticket_seq type"], Compare(Shop(), Shop() with { Sequences = [sequence with { DataType = "integer" }] }));
        Assert.Equal(["Sequence Removed public.ticket_seq !"], Compare(Shop(), Shop() with { Sequences = [] }));
        Assert.Equal(["Sequence Added public.ticket_seq"], Compare(Shop() with { Sequences = [] }, Shop()));
    }

    [Fact]
    public void Comments_of_views_and_types_are_reported_as_comment_changes()
    {
        var to = Shop() with
        {
            Views = [Shop().Views[0] with { Comment = "v" }],
            Enums = [Shop().Enums[0] with { Comment = "e" }],
            Domains = [Shop().Domains[0] with { Comment = "d" }],
        };

        Assert.Equal(["Comment Changed public.email comment", "Comment Changed public.mood comment", "Comment Changed public.user_emails comment"], Compare(Shop(), to));
    }
}
