using System.ComponentModel.DataAnnotations;

namespace AspNetCoreAutoMigrate;

/// <summary>A code-first model: table <c>products</c>, created or extended at start-up.</summary>
public class Product
{
    public int Id { get; set; }

    [MaxLength(200)]
    public string Name { get; set; } = "";

    public string Category { get; set; } = "general";

    public decimal? Price { get; set; }
}
