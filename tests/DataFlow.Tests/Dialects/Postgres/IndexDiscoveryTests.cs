using DataFlow.Schema;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class IndexDiscoveryTests(IndexDiscoveryTests.Database db) : IClassFixture<IndexDiscoveryTests.Database>
{
    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => """
            CREATE TABLE docs (
                id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer,
                slug text, deleted boolean, tenant integer
            );
            CREATE INDEX docs_title ON docs (title);
            CREATE UNIQUE INDEX docs_slug_live ON docs (tenant, slug) WHERE NOT deleted;
            CREATE INDEX docs_lower_title ON docs (lower(title));
            CREATE INDEX docs_created_desc ON docs (created DESC, score);
            CREATE INDEX docs_score_nulls ON docs (score NULLS FIRST, created DESC NULLS LAST);
            CREATE INDEX docs_covering ON docs (tenant) INCLUDE (title, score);
            CREATE INDEX docs_tags ON docs USING gin (tags);
            CREATE INDEX docs_data_path ON docs USING gin (data jsonb_path_ops);
            CREATE INDEX docs_title_pattern ON docs (title text_pattern_ops);
            CREATE INDEX docs_title_c ON docs (title COLLATE "C");
            CREATE INDEX docs_hash ON docs USING hash (slug);
            CREATE INDEX docs_brin ON docs USING brin (created);
            CREATE UNIQUE INDEX docs_tenant_title_nnd ON docs (tenant, title) NULLS NOT DISTINCT;
            CREATE INDEX docs_mixed ON docs (tenant, (score * 2) DESC);
            """;
    }

    private TableIndex Index(string name) => db.Table("public.docs").Indexes.Single(i => i.Name == name);

    [Fact]
    public void Plain_index_has_one_column_key_and_no_method()
    {
        var index = Index("docs_title");
        var key = Assert.Single(index.Keys);
        Assert.Equal("title", key.Column);
        Assert.Null(key.Expression);
        Assert.False(key.IsDescending);
        Assert.Null(key.NullsFirst);
        Assert.Null(index.Method);
        Assert.False(index.IsUnique);
        Assert.Null(index.Predicate);
    }

    [Fact]
    public void Primary_key_index_is_not_listed() => Assert.DoesNotContain(db.Table("public.docs").Indexes, i => i.Name == "docs_pkey");

    [Fact]
    public void Unique_partial_index_keeps_its_predicate()
    {
        var index = Index("docs_slug_live");
        Assert.True(index.IsUnique);
        Assert.Equal(["tenant", "slug"], index.Keys.Select(k => k.Column));
        Assert.Equal("NOT deleted", index.Predicate);
    }

    [Fact]
    public void Expression_index_keeps_the_expression()
    {
        var key = Assert.Single(Index("docs_lower_title").Keys);
        Assert.Null(key.Column);
        Assert.Equal("lower(title)", key.Expression);
    }

    [Fact]
    public void Column_and_expression_keys_can_be_mixed()
    {
        var keys = Index("docs_mixed").Keys;
        Assert.Equal("tenant", keys[0].Column);
        // As pg_get_indexdef writes it, ready for CREATE INDEX: parenthesised unless a function call.
        Assert.Equal("(score * 2)", keys[1].Expression);
        Assert.True(keys[1].IsDescending);
        Assert.Null(keys[1].NullsFirst);
    }

    [Fact]
    public void Descending_keys_are_flagged()
    {
        var keys = Index("docs_created_desc").Keys;
        Assert.True(keys[0].IsDescending);
        Assert.Null(keys[0].NullsFirst);
        Assert.False(keys[1].IsDescending);
    }

    [Fact]
    public void Nulls_order_is_recorded_only_when_it_differs_from_the_direction_default()
    {
        var keys = Index("docs_score_nulls").Keys;
        Assert.True(keys[0].NullsFirst);
        Assert.False(keys[0].IsDescending);
        Assert.False(keys[1].NullsFirst);
        Assert.True(keys[1].IsDescending);
    }

    [Fact]
    public void Include_columns_are_not_keys()
    {
        var index = Index("docs_covering");
        Assert.Equal(["tenant"], index.Keys.Select(k => k.Column));
        Assert.Equal(["title", "score"], index.IncludedColumns);
    }

    [Theory]
    [InlineData("docs_tags", "gin")]
    [InlineData("docs_hash", "hash")]
    [InlineData("docs_brin", "brin")]
    public void Non_btree_methods_are_named(string name, string method) => Assert.Equal(method, Index(name).Method);

    [Fact]
    public void Only_non_default_operator_classes_are_recorded()
    {
        Assert.Equal("jsonb_path_ops", Assert.Single(Index("docs_data_path").Keys).OperatorClass);
        Assert.Equal("text_pattern_ops", Assert.Single(Index("docs_title_pattern").Keys).OperatorClass);
        Assert.Null(Assert.Single(Index("docs_tags").Keys).OperatorClass);
        Assert.Null(Assert.Single(Index("docs_title").Keys).OperatorClass);
    }

    [Fact]
    public void Only_non_default_key_collations_are_recorded()
    {
        Assert.Equal("C", Assert.Single(Index("docs_title_c").Keys).Collation);
        Assert.Null(Assert.Single(Index("docs_title").Keys).Collation);
        Assert.Null(Assert.Single(Index("docs_lower_title").Keys).Collation);
    }

    [Fact]
    public void Nulls_not_distinct_is_flagged()
    {
        Assert.True(Index("docs_tenant_title_nnd").NullsNotDistinct);
        Assert.False(Index("docs_slug_live").NullsNotDistinct);
    }
}
