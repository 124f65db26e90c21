using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Models;

/// <summary>
/// A PostgreSQL database for the COPY tests: a table with a column of every type binary COPY writes, defaults, an
/// identity and a generated column; a table of types it cannot write; and a statement-level trigger on both that
/// logs the first word of every statement that inserts (<c>COPY</c> or <c>INSERT</c>), which shows the path taken.
/// </summary>
public sealed class BulkCopyDatabase : PostgresDatabase
{
    private const string Schema = """
        CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
        CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
        CREATE TABLE typed (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            label text NOT NULL,
            i2 smallint, i4 integer, i8 bigint, f4 real, f8 double precision, num numeric(12,3), flag boolean,
            txt text, vc varchar(20), ch char(3), ts timestamp, tstz timestamptz, d date, t time, iv interval,
            u uuid, j json, jb jsonb, b bytea, ints integer[], texts varchar(10)[], feeling mood,
            note text DEFAULT 'fresh',
            created_at timestamptz NOT NULL DEFAULT now(),
            shout text GENERATED ALWAYS AS (upper(txt)) STORED);
        CREATE TABLE odd (id serial PRIMARY KEY, ip inet, address email, at timetz);
        CREATE TABLE uniq (code text PRIMARY KEY, n integer);
        CREATE TABLE statement_log (id serial PRIMARY KEY, kind text NOT NULL);
        CREATE FUNCTION log_statement() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO statement_log (kind) VALUES (upper(split_part(ltrim(current_query()), ' ', 1)));
            RETURN NULL;
        END $$;
        CREATE TRIGGER typed_log AFTER INSERT ON typed FOR EACH STATEMENT EXECUTE FUNCTION log_statement();
        CREATE TRIGGER odd_log AFTER INSERT ON odd FOR EACH STATEMENT EXECUTE FUNCTION log_statement();
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ExecuteAsync(Schema);
    }

    /// <summary>Empties the tables and the statement log.</summary>
    public Task ResetAsync() => ExecuteAsync("TRUNCATE typed, odd, uniq, statement_log RESTART IDENTITY");

    /// <summary>The statements logged so far, in order (<c>COPY</c>, <c>INSERT</c>).</summary>
    public async Task<string> StatementsAsync() => await ScalarAsync<string>("SELECT coalesce(string_agg(kind, ',' ORDER BY id), '') FROM statement_log");

    /// <summary>A DataFlow instance with every table registered.</summary>
    public async Task<DataFlowDb> RegisteredAsync()
    {
        await ResetAsync();
        var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = Url, ExistingSchemaMode = true });
        var result = await db.RegisterSchemaAsModelsAsync();
        Assert.Equal(0, result.ErrorCount);
        return db;
    }
}
