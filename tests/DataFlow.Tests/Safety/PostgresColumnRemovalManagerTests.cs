using DataFlow.Safety;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Safety;

public sealed class PostgresColumnRemovalManagerTests(PostgresDatabase database) : ColumnRemovalManagerSpec, IClassFixture<PostgresDatabase>
{
    protected override string Url => database.Url;

    protected override bool IsPostgres => true;

    protected override IReadOnlyList<DependentKind> ExpectedKinds { get; } =
    [
        DependentKind.Index, DependentKind.ReferencedBy, DependentKind.Unique, DependentKind.Check, DependentKind.View, DependentKind.MaterializedView,
        DependentKind.Trigger, DependentKind.GeneratedColumn, DependentKind.Policy, DependentKind.ForeignKey,
    ];

    protected override Task ExecuteAsync(string sql) => database.ExecuteAsync(sql);

    protected override Task<object?> ScalarAsync(string sql) => PostgresScalar.ReadAsync(database, sql);

    protected override Task UsersAsync(string prefix) => ExecuteAsync($"""
        CREATE TABLE {prefix}_domains (name text PRIMARY KEY);
        INSERT INTO {prefix}_domains VALUES ('a@x.org'), ('b@y.org'), ('c''q@z.org'), ('d@x.org'), ('e@w.org');
        CREATE TABLE {prefix}_users (id integer PRIMARY KEY, name text NOT NULL, email text NOT NULL DEFAULT 'none@x.org' CONSTRAINT {prefix}_email_at CHECK (email LIKE '%@%'), nickname text, bio text,
          domain text GENERATED ALWAYS AS (split_part(email, '@', 2)) STORED, CONSTRAINT {prefix}_name_email UNIQUE (name, email),
          CONSTRAINT {prefix}_email_known FOREIGN KEY (email) REFERENCES {prefix}_domains (name));
        CREATE UNIQUE INDEX ix_{prefix}_users_email ON {prefix}_users (email);
        CREATE INDEX ix_{prefix}_users_lower ON {prefix}_users (lower(email)) WHERE nickname IS NOT NULL;
        CREATE TABLE {prefix}_orders (id integer PRIMARY KEY, user_email text CONSTRAINT {prefix}_orders_user REFERENCES {prefix}_users (email));
        CREATE VIEW {prefix}_email_view AS SELECT id, email FROM {prefix}_users;
        CREATE MATERIALIZED VIEW {prefix}_email_counts AS SELECT split_part(email, '@', 2) AS host, count(*) AS n FROM {prefix}_users GROUP BY 1;
        CREATE FUNCTION {prefix}_noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
        CREATE TRIGGER {prefix}_email_changed BEFORE UPDATE OF email ON {prefix}_users FOR EACH ROW EXECUTE FUNCTION {prefix}_noop();
        ALTER TABLE {prefix}_users ENABLE ROW LEVEL SECURITY;
        CREATE POLICY {prefix}_own_rows ON {prefix}_users FOR SELECT TO PUBLIC USING (email <> 'hidden@x.org');
        INSERT INTO {prefix}_users (id, name, email, nickname) VALUES (1, 'a', 'a@x.org', 'A'), (2, 'b', 'b@y.org', NULL), (3, 'c', 'c''q@z.org', 'C'), (4, 'd', 'd@x.org', NULL), (5, 'e', 'e@w.org', 'E');
        INSERT INTO {prefix}_orders VALUES (1, 'a@x.org'), (2, 'b@y.org');
        REFRESH MATERIALIZED VIEW {prefix}_email_counts;
        """);
}
