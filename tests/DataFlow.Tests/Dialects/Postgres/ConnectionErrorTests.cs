using System.Net;
using System.Net.Sockets;
using DataFlow.Tests.Infrastructure;
using Npgsql;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class ConnectionErrorTests(ConnectionErrorTests.Database db) : IClassFixture<ConnectionErrorTests.Database>
{
    private const string WrongPassword = "Wr0ng-s3cret-pw!";

    /// <summary>A database that a dedicated login role may not connect to (CONNECT revoked from PUBLIC).</summary>
    public sealed class Database : PostgresDatabase
    {
        public string Role { get; } = "dft_role_" + Guid.NewGuid().ToString("N")[..12];

        public string RolePassword { get; } = "R0le-" + Guid.NewGuid().ToString("N");

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await ExecuteAsync($"CREATE TABLE t (id integer); CREATE ROLE \"{Role}\" LOGIN PASSWORD '{RolePassword}'; REVOKE CONNECT ON DATABASE \"{Name}\" FROM PUBLIC;");
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await using var admin = new NpgsqlConnection(PostgresServer.ConnectionStringFor("postgres"));
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP ROLE IF EXISTS \"{Role}\"", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task<DataFlowException> DiscoverFailsAsync(string url, string password, TimeSpan? connectTimeout = null)
    {
        var options = new DataFlowOptions { DatabaseUrl = url, ConnectTimeout = connectTimeout ?? TimeSpan.FromSeconds(15) };
        await using var dataFlow = new DataFlowDb(options);
        var error = await Assert.ThrowsAnyAsync<DataFlowException>(() => dataFlow.DiscoverSchemaAsync());
        Assert.DoesNotContain(password, error.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain(password, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", error.Message, StringComparison.Ordinal);
        return error;
    }

    private string UrlWith(string user, string password, string? database = null, int? port = null)
    {
        var admin = new Uri(PostgresServer.AdminUrl);
        return $"postgresql://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@{admin.Host}:{port ?? admin.Port}/{database ?? db.Name}";
    }

    [Fact]
    public async Task A_closed_port_is_server_unreachable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var error = await DiscoverFailsAsync(UrlWith("postgres", WrongPassword, port: port), WrongPassword);
        Assert.Equal(ErrorCodes.ServerUnreachable, error.Code);
        Assert.IsType<DataFlowConnectionException>(error);
    }

    [Fact]
    public async Task A_server_that_never_answers_is_a_timeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var accept = silent.AcceptTcpClientAsync();

        var error = await DiscoverFailsAsync(UrlWith("postgres", WrongPassword, port: port), WrongPassword, TimeSpan.FromSeconds(1));
        Assert.Equal(ErrorCodes.Timeout, error.Code);
        (await accept).Dispose();
    }

    [Fact]
    public async Task A_wrong_password_is_an_authentication_failure()
    {
        var error = await DiscoverFailsAsync(UrlWith("postgres", WrongPassword), WrongPassword);
        Assert.Equal(ErrorCodes.AuthenticationFailed, error.Code);
        Assert.Contains("'postgres'", error.Message, StringComparison.Ordinal);
        Assert.Equal("28P01", Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [Fact]
    public async Task A_missing_database_is_database_not_found()
    {
        var password = new NpgsqlConnectionStringBuilder(db.ConnectionString).Password!;
        var error = await DiscoverFailsAsync(UrlWith("postgres", password, database: "dft_does_not_exist"), password);
        Assert.Equal(ErrorCodes.DatabaseNotFound, error.Code);
        Assert.Contains("dft_does_not_exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_without_connect_privilege_is_insufficient_privilege()
    {
        var error = await DiscoverFailsAsync(UrlWith(db.Role, db.RolePassword), db.RolePassword);
        Assert.Equal(ErrorCodes.InsufficientPrivilege, error.Code);
        Assert.Equal("42501", Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var dataFlow = new DataFlowDb(db.Url);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dataFlow.DiscoverSchemaAsync(cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task A_plain_connection_string_works_like_a_url()
    {
        await using var dataFlow = new DataFlowDb(db.ConnectionString);
        var schema = await dataFlow.DiscoverSchemaAsync();
        Assert.Equal("postgresql", schema.Dialect);
        Assert.Equal("public.t", Assert.Single(schema.Tables).QualifiedName);
    }
}
