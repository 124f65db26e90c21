using DataFlow.Connections;
using DataFlow.Dialects.Sqlite;
using DataFlow.Snapshots;
using DataFlow.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.Dialects.Sqlite;

/// <summary>
/// From <see cref="SqliteSchemaBuilder.TwoThreadsFromTables"/> tables on, a pool thread builds chunks of the tables too:
/// the model, and the order of its warnings, must be those one thread builds from the same catalog. The test lowers the
/// threshold (a few hundred tables make enough chunks) rather than create thousands of tables.
/// </summary>
public sealed class SqliteParallelModelBuildTests
{
    [Fact]
    public async Task Tables_built_on_two_threads_are_the_tables_one_thread_builds_with_warnings_in_table_order()
    {
        const int TwoThreadsFrom = 256;
        var count = TwoThreadsFrom + 77;
        var script = new System.Text.StringBuilder("BEGIN;\n");
        var unknown = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var name = $"t{i:D4}";
            var odd = i % 7 == 3;
            if (odd)
            {
                unknown.Add(name + ".blob_of_anything");
            }

            script.Append($"CREATE TABLE {name} (id INTEGER PRIMARY KEY, code TEXT COLLATE NOCASE UNIQUE, parent_id INT REFERENCES {(i == 0 ? name : $"t{i - 1:D4}")} (id)");
            script.Append(odd ? ", blob_of_anything" : ", amount NUMERIC(10, 2) DEFAULT 0");
            script.Append(i % 5 == 0 ? ", CHECK (parent_id <> id)) WITHOUT ROWID;\n" : ");\n");
            script.Append($"CREATE INDEX {name}_parent ON {name} (parent_id, code DESC) WHERE parent_id IS NOT NULL;\n");
        }

        using var db = new SqliteDatabase();
        db.Execute(script.Append("COMMIT;").ToString());
        var target = DatabaseUrl.Parse(db.Url);
        await using var connection = (SqliteConnection)await new SqliteDialect().OpenConnectionAsync(target, ConnectionSettings.Default, mustExist: true);
        var catalog = await SqliteCatalogReader.ReadAsync(connection, progress: null);

        var oneThread = new SqliteSchemaBuilder(catalog, twoThreadsFromTables: int.MaxValue).Build();
        var twoThreads = new SqliteSchemaBuilder(catalog, TwoThreadsFrom).Build();

        Assert.Equal(count, twoThreads.Tables.Count);
        Assert.Equal(unknown, twoThreads.Warnings.Where(w => w.Code == ErrorCodes.UnknownColumnType).Select(w => w.ObjectName));
        Assert.Equal(oneThread.Warnings, twoThreads.Warnings);
        Assert.Equal(oneThread.Tables.Select(t => t.Name), twoThreads.Tables.Select(t => t.Name));
        Assert.Equal(oneThread, twoThreads);
        Assert.Equal(SchemaSnapshot.ToJson(oneThread), SchemaSnapshot.ToJson(twoThreads));
    }
}
