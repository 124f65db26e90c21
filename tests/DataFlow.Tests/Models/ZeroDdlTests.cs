using DataFlow.Tests.Infrastructure;
using DataFlow.Workflows;

namespace DataFlow.Tests.Models;

/// <summary>
/// The proof that ExistingSchemaMode changes no schema: an event trigger records every DDL command the
/// server starts (whoever sends it, before privileges are checked), and the work runs as a role that has only
/// SELECT, INSERT, UPDATE and DELETE on the tables.
/// </summary>
public sealed class ZeroDdlTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly string _role = "df_dml_" + Guid.NewGuid().ToString("N")[..8];

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.ExecuteAsync($"""
            CREATE TABLE ddl_log (id bigserial PRIMARY KEY, role name NOT NULL, tag text NOT NULL);
            CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER AS
              $$ BEGIN INSERT INTO ddl_log (role, tag) VALUES (session_user, tg_tag); END $$;
            CREATE EVENT TRIGGER count_ddl ON ddl_command_start EXECUTE FUNCTION log_ddl();
            CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE, name text, active boolean NOT NULL DEFAULT true);
            CREATE TABLE order_items (order_id int, product_id int, quantity int NOT NULL DEFAULT 1, PRIMARY KEY (order_id, product_id));
            CREATE TABLE logs (message text);
            DROP ROLE IF EXISTS {_role};
            CREATE ROLE {_role} LOGIN PASSWORD 'dml';
            GRANT CONNECT ON DATABASE "{_database.Name}" TO {_role};
            GRANT USAGE ON SCHEMA public TO {_role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON users, order_items, logs TO {_role};
            DELETE FROM ddl_log;
            """);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await using var admin = new Npgsql.NpgsqlConnection(PostgresServer.ConnectionStringFor("postgres"));
        await admin.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP ROLE IF EXISTS {_role}", admin);
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Discovery_registration_every_node_and_reconstruction_send_no_ddl_as_a_dml_only_role()
    {
        var url = new UriBuilder(_database.Url) { UserName = _role, Password = "dml" }.Uri.ToString();
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url, AutoMigrate = false, ExistingSchemaMode = true });

        var schema = await db.DiscoverSchemaAsync();
        var result = await db.RegisterSchemaAsModelsAsync(["users", "order_items", "logs"]);
        var users = result.GeneratedNodes["users"];
        var items = result.GeneratedNodes["order_items"];
        var workflow = new WorkflowBuilder()
            .AddNode(users.Create, "create", new { email = "ada@example.com", name = "Ada" })
            .AddNode(users.Read, "read", new { raise_on_not_found = false })
            .AddNode(users.Update, "update", new { fields = new { name = "Ada L." } })
            .AddNode(users.List, "list", new { filter = new { active = true } })
            .AddNode(users.Count, "count", new { })
            .AddNode(users.Upsert, "upsert", new { email = "bob@example.com", conflict_on = "email" })
            .AddNode(items.BulkCreate, "bulk_create", new { data = new[] { new { order_id = 1, product_id = 1 }, new { order_id = 1, product_id = 2 } } })
            .AddNode(items.BulkUpdate, "bulk_update", new { filter = new { order_id = 1 }, fields = new { quantity = 3 } })
            .AddNode(items.BulkUpsert, "bulk_upsert", new { data = new[] { new { order_id = 1, product_id = 3 } } })
            .AddNode(items.BulkDelete, "bulk_delete", new { data = new[] { new { order_id = 1, product_id = 1 } } })
            .AddNode(users.Delete, "delete", new { })
            .AddConnection("create", "result.id", "read", "id")
            .AddConnection("read", "result.id", "update", "id")
            .AddConnection("update", "result.id", "delete", "id")
            .Build();
        var (results, _) = await new LocalRuntime(db, new LocalRuntimeOptions { MaxConcurrency = 1 }).ExecuteAsync(workflow);
        var reconstructed = await db.ReconstructModelsFromRegistryAsync();

        Assert.Equal(3, schema.Tables.Count(t => t.Name is "users" or "order_items" or "logs"));
        Assert.Equal(3, result.SuccessCount);
        Assert.False(result.Persisted);
        Assert.Equal(1L, results["delete"]["deleted"]);
        Assert.Equal(2L, results["bulk_update"]["updated"]);
        Assert.Equal(2L, await _database.ScalarAsync<long>("SELECT count(*) FROM order_items"));
        Assert.NotNull(reconstructed.SkippedReason);
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM ddl_log"));
    }

    [Fact]
    public async Task With_a_registry_table_made_by_its_owner_the_dml_only_role_persists_and_reconstructs_without_ddl()
    {
        await using (var owner = new DataFlowDb(new DataFlowOptions { DatabaseUrl = _database.Url, ExistingSchemaMode = false }))
        {
            Assert.True((await owner.RegisterSchemaAsModelsAsync(["logs"])).Persisted);
        }

        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM ddl_log WHERE tag = 'CREATE TABLE'"));
        await _database.ExecuteAsync($"GRANT SELECT, INSERT, UPDATE, DELETE ON dataflow_model_registry TO {_role}; DELETE FROM ddl_log;");
        var url = new UriBuilder(_database.Url) { UserName = _role, Password = "dml" }.Uri.ToString();
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url, ExistingSchemaMode = true });

        var registered = await db.RegisterSchemaAsModelsAsync(["users", "order_items"]);
        await using var other = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url, ExistingSchemaMode = true });
        var reconstructed = await other.ReconstructModelsFromRegistryAsync();

        Assert.True(registered.Persisted);
        Assert.Equal(["Log", "OrderItem", "User"], reconstructed.ReconstructedModels);
        Assert.Equal(0, await other.Express.CountAsync("users"));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM ddl_log"));
    }
}
