using System.ComponentModel.DataAnnotations.Schema;

namespace DataFlow.AutoMigrateProbe;

/// <summary>The model every "application" shares.</summary>
[Table("tickets")]
public class Ticket
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Status { get; set; } = "open";
}

/// <summary>Application A's version of the model: adds Priority.</summary>
[Table("tickets")]
public class TicketA
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Status { get; set; } = "open";

    public int? Priority { get; set; }
}

/// <summary>Application B's version of the model: adds Assignee.</summary>
[Table("tickets")]
public class TicketB
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Status { get; set; } = "open";

    public string? Assignee { get; set; }
}

/// <summary>A second table, so a fresh database gets more than one.</summary>
public class Comment
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    public string Body { get; set; } = "";
}
