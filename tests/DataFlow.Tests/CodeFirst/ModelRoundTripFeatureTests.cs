using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.CodeFirst;

/// <summary>
/// The round trip on schemas built to hold every object detail the model keeps (beyond what the fixtures happen to use):
/// expression, partial, covering and descending index keys, deferrable and MATCH FULL keys, NOT VALID checks,
/// generated columns, identity kinds, domains with checks, enums and sequences in other schemas, materialized views.
/// </summary>
public class ModelRoundTripFeatureTests(PostgresDatabase db) : IClassFixture<PostgresDatabase>
{
    private const string PostgresSql = """
        CREATE SCHEMA sales;
        CREATE TYPE sales.tier AS ENUM ('bronze', 'silver', 'gold');
        COMMENT ON TYPE sales.tier IS 'customer tier';
        CREATE DOMAIN positive_price AS numeric(12,2) NOT NULL DEFAULT 0 CONSTRAINT price_positive CHECK (VALUE >= 0);
        CREATE SEQUENCE sales.invoice_no AS integer START WITH 1000 INCREMENT BY 5 MAXVALUE 99999 CACHE 10 CYCLE;
        CREATE TABLE sales.accounts (
          tenant integer NOT NULL,
          code varchar(20) NOT NULL,
          name text COLLATE "C",
          tier sales.tier DEFAULT 'silver',
          tags text[],
          created timestamp(3) with time zone NOT NULL DEFAULT now(),
          PRIMARY KEY (tenant, code),
          CONSTRAINT accounts_name_unique UNIQUE NULLS NOT DISTINCT (tenant, name) DEFERRABLE INITIALLY DEFERRED);
        COMMENT ON TABLE sales.accounts IS 'Accounts per tenant';
        COMMENT ON COLUMN sales.accounts.code IS 'the account''s code';
        CREATE TABLE public.invoices (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          serial_no serial,
          tenant integer NOT NULL,
          account_code varchar(20) NOT NULL,
          price positive_price,
          quantity integer NOT NULL DEFAULT 1,
          total numeric(14,2) GENERATED ALWAYS AS (price * quantity) STORED,
          note text,
          CONSTRAINT invoices_account_fk FOREIGN KEY (tenant, account_code) REFERENCES sales.accounts (tenant, code)
            MATCH FULL ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE,
          CONSTRAINT quantity_positive CHECK (quantity > 0) NOT VALID);
        CREATE INDEX invoices_note_lower ON public.invoices (lower(note) text_pattern_ops DESC NULLS LAST) INCLUDE (quantity) WHERE note IS NOT NULL;
        CREATE UNIQUE INDEX invoices_tenant_serial ON public.invoices USING btree (tenant, serial_no DESC) NULLS NOT DISTINCT;
        CREATE INDEX accounts_tags ON sales.accounts USING gin (tags);
        CREATE TABLE public.notes (body text);
        CREATE MATERIALIZED VIEW sales.account_totals AS SELECT tenant, count(*) AS n FROM sales.accounts GROUP BY tenant;
        CREATE UNIQUE INDEX account_totals_tenant ON sales.account_totals (tenant);
        CREATE VIEW public.big_invoices AS SELECT id, total FROM public.invoices WHERE total > 100;
        """;

    private const string SqliteSql = """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL COLLATE NOCASE, name VARCHAR(40) DEFAULT 'none',
          score REAL CHECK (score >= 0), UNIQUE (code, name));
        CREATE TABLE entries (account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
          line INTEGER NOT NULL, amount NUMERIC(10,2) NOT NULL, doubled NUMERIC GENERATED ALWAYS AS (amount * 2) VIRTUAL,
          PRIMARY KEY (account_id, line)) WITHOUT ROWID;
        CREATE TABLE strict_items (id INTEGER PRIMARY KEY, label TEXT) STRICT;
        CREATE INDEX entries_amount ON entries (amount DESC) WHERE amount > 0;
        CREATE INDEX accounts_lower_code ON accounts (lower(code));
        CREATE TABLE keyless (id INTEGER, note TEXT);
        CREATE VIEW account_codes AS SELECT id, code FROM accounts;
        """;

    [Fact]
    public async Task A_postgres_schema_using_every_detail_round_trips_through_all_readers()
    {
        await db.ExecuteAsync(PostgresSql);
        await using var dataFlow = new DataFlowDb(db.Url);
        var schema = await dataFlow.DiscoverSchemaAsync();

        Assert.Contains(schema.Tables, t => t.Name == "invoices" && t.Indexes.Any(i => i.Keys[0].Expression is not null && i.Predicate is not null));
        ModelRoundTrip.AssertAllReaders(schema, "features");
    }

    [Fact]
    public async Task A_sqlite_schema_using_every_detail_round_trips_through_all_readers()
    {
        using var sqlite = new SqliteDatabase();
        sqlite.ExecuteScript(SqliteSql);
        var schema = await sqlite.DiscoverAsync();

        Assert.Contains(schema.Tables, t => t.Name == "entries" && !t.Annotations.IsEmpty);
        ModelRoundTrip.AssertAllReaders(schema, "features");
    }
}
