#pragma warning disable SA1402
using System.ComponentModel.DataAnnotations.Schema;
using System.Runtime.Serialization;
using DataFlow.Annotations;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.CodeFirst.AutoMigrate;

/// <summary>C# enums in code-first models on PostgreSQL: text by default, a PostgreSQL enum type with <c>[DbEnum]</c>.</summary>
public sealed class PostgresEnumModelTests : IClassFixture<PostgresDatabase>
{
    private readonly PostgresDatabase _database;

    public PostgresEnumModelTests(PostgresDatabase database) => _database = database;

    [Fact]
    public async Task An_enum_marked_DbEnum_becomes_a_postgres_enum_type_and_round_trips_through_typed_express()
    {
        await using (var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = _database.Url, ApplicationId = "enum-models" }))
        {
            db.Model<Ticket>();
            var created = await db.Express.For<Ticket>().CreateAsync(new Ticket { Title = "printer", Priority = TicketPriority.Urgent, State = TicketState.Open });
            var read = await db.Express.For<Ticket>().ReadAsync(created.Id);
            Assert.NotNull(read);
            Assert.Equal(TicketPriority.Urgent, read.Priority);
            Assert.Equal(TicketState.Open, read.State);
        }

        Assert.Equal("ticket_priority", await _database.ScalarAsync<string>("SELECT udt_name::text FROM information_schema.columns WHERE table_name = 'tickets' AND column_name = 'priority'"));
        Assert.Equal("low,urgent-now", await _database.ScalarAsync<string>("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'ticket_priority'"));
        Assert.Equal("urgent-now", await _database.ScalarAsync<string>("SELECT priority::text FROM tickets"));
        Assert.Equal("text", await _database.ScalarAsync<string>("SELECT data_type::text FROM information_schema.columns WHERE table_name = 'tickets' AND column_name = 'state'"));
    }
}

/// <summary>Stored as the PostgreSQL enum <c>ticket_priority</c>, labels from <see cref="EnumMemberAttribute"/>.</summary>
[DbEnum("ticket_priority")]
public enum TicketPriority
{
    [EnumMember(Value = "low")]
    Low,

    [EnumMember(Value = "urgent-now")]
    Urgent,
}

/// <summary>Stored as text (no <c>[DbEnum]</c>).</summary>
public enum TicketState
{
    Open,
    Closed,
}

[Table("tickets")]
public class Ticket
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public TicketPriority Priority { get; set; }

    public TicketState State { get; set; }
}
