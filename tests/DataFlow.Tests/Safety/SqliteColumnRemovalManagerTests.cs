using DataFlow.Safety;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Safety;

public sealed class SqliteColumnRemovalManagerTests : ColumnRemovalManagerSpec, IDisposable
{
    private readonly SqliteDatabase _database = new();

    protected override string Url => _database.Url;

    protected override bool IsPostgres => false;

    protected override IReadOnlyList<DependentKind> ExpectedKinds { get; } =
        [DependentKind.Index, DependentKind.ReferencedBy, DependentKind.Unique, DependentKind.Check, DependentKind.View, DependentKind.Trigger, DependentKind.GeneratedColumn];

    protected override Task ExecuteAsync(string sql)
    {
        _database.Execute(sql);
        return Task.CompletedTask;
    }

    protected override Task<object?> ScalarAsync(string sql) => Task.FromResult(SqliteScalar.Read(_database, sql));

    protected override Task UsersAsync(string prefix) => ExecuteAsync($"""
        CREATE TABLE {prefix}_users (id integer PRIMARY KEY, name text NOT NULL, email text NOT NULL DEFAULT 'none@x.org' CHECK (email LIKE '%@%'), nickname text, bio text,
          domain text GENERATED ALWAYS AS (substr(email, instr(email, '@') + 1)) STORED, UNIQUE (name, email));
        CREATE UNIQUE INDEX ix_{prefix}_users_email ON {prefix}_users (email);
        CREATE TABLE {prefix}_orders (id integer PRIMARY KEY, user_email text REFERENCES {prefix}_users (email));
        CREATE VIEW {prefix}_email_view AS SELECT id, email FROM {prefix}_users;
        CREATE TABLE {prefix}_log (at text, what text);
        CREATE TRIGGER {prefix}_email_changed AFTER UPDATE OF email ON {prefix}_users BEGIN INSERT INTO {prefix}_log VALUES (CURRENT_TIMESTAMP, NEW.email); END;
        INSERT INTO {prefix}_users (id, name, email, nickname) VALUES (1, 'a', 'a@x.org', 'A'), (2, 'b', 'b@y.org', NULL), (3, 'c', 'c''q@z.org', 'C'), (4, 'd', 'd@x.org', NULL), (5, 'e', 'e@w.org', 'E');
        INSERT INTO {prefix}_orders VALUES (1, 'a@x.org'), (2, 'b@y.org');
        """);

    public void Dispose() => _database.Dispose();
}
