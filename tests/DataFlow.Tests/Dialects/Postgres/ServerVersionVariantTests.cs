using DataFlow.Dialects.Postgres;
using DataFlow.Schema;
using Npgsql;

namespace DataFlow.Tests.Dialects.Postgres;

/// <summary>
/// The catalog SQL has a variant for PostgreSQL 13 and 14 (no NULLS NOT DISTINCT). Only a PostgreSQL 15 server
/// is at hand, so this runs that variant against it: the SQL is valid and reads the same model, less the flag.
/// </summary>
public sealed class ServerVersionVariantTests(ServerVersionVariantTests.Database db) : IClassFixture<ServerVersionVariantTests.Database>
{
    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => """
            CREATE TABLE accounts (id integer PRIMARY KEY, email text, tenant integer,
                                   CONSTRAINT accounts_email UNIQUE NULLS NOT DISTINCT (email));
            CREATE UNIQUE INDEX accounts_tenant ON accounts (tenant) NULLS NOT DISTINCT;
            """;
    }

    private async Task<Table> ReadAsync(Version version)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        var catalog = await PostgresCatalogReader.ReadAsync(connection, [], version);
        return Assert.Single(PostgresSchemaReader.Build(catalog, "postgresql").Tables);
    }

    [Fact]
    public async Task The_postgres_14_variant_reads_the_same_table_without_nulls_not_distinct()
    {
        var current = await ReadAsync(new Version(15, 0));
        var legacy = await ReadAsync(new Version(14, 0));

        Assert.True(Assert.Single(current.UniqueConstraints).NullsNotDistinct);
        Assert.True(Assert.Single(current.Indexes).NullsNotDistinct);
        Assert.False(Assert.Single(legacy.UniqueConstraints).NullsNotDistinct);
        Assert.False(Assert.Single(legacy.Indexes).NullsNotDistinct);
        Assert.Equal(
            current with { UniqueConstraints = legacy.UniqueConstraints, Indexes = legacy.Indexes },
            legacy);
        Assert.Equal(current.Indexes.Select(i => i with { NullsNotDistinct = false }), legacy.Indexes);
    }
}
