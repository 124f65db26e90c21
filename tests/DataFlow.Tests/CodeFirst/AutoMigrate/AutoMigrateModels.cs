#pragma warning disable SA1402, CA1819
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;

namespace DataFlow.Tests.CodeFirst.AutoMigrate;

// The evolution of one model, each step a class of its own mapped to the same table.
[Table("gadgets")]
public class GadgetV1
{
    public int Id { get; set; }

    [MaxLength(100)]
    public string Name { get; set; } = "";
}

/// <summary>Adds a field with a default.</summary>
[Table("gadgets")]
public class GadgetV2
{
    public int Id { get; set; }

    [MaxLength(100)]
    public string Name { get; set; } = "";

    public string Category { get; set; } = "general";
}

/// <summary>Adds a nullable field.</summary>
[Table("gadgets")]
public class GadgetV3
{
    public int Id { get; set; }

    [MaxLength(100)]
    public string Name { get; set; } = "";

    public string Category { get; set; } = "general";

    public int? Weight { get; set; }
}

/// <summary>Removes Weight and Category (the columns stay).</summary>
[Table("gadgets")]
public class GadgetV4
{
    public int Id { get; set; }

    [MaxLength(100)]
    public string Name { get; set; } = "";
}

/// <summary>Changes the type of Weight.</summary>
[Table("gadgets")]
public class GadgetV5
{
    public int Id { get; set; }

    [MaxLength(100)]
    public string Name { get; set; } = "";

    public string? Weight { get; set; }
}

/// <summary>Renames Name to Title.</summary>
[Table("gadgets")]
public class GadgetV6
{
    public int Id { get; set; }

    [MaxLength(100)]
    public string Title { get; set; } = "";
}

/// <summary>Adds a NOT NULL field without default (the seed's Mistake 1).</summary>
[Table("gadgets")]
public class GadgetStrict
{
    public int Id { get; set; }

    [MaxLength(100)]
    public string Name { get; set; } = "";

    public int Stock { get; set; }
}

/// <summary>A model with a unique column.</summary>
public class Maker
{
    public int Id { get; set; }

    [DataFlow.Annotations.Unique]
    public string Email { get; set; } = "";
}

/// <summary>A model whose table does not exist.</summary>
public class Widget
{
    public int Id { get; set; }

    public string Label { get; set; } = "plain";
}

/// <summary><c>dataflow scaffold</c> output for <see cref="AutoMigrateSpec.ScaffoldedSqliteTable"/>, verbatim but for the namespace.</summary>
[Table("customers")]
[DataFlow.Annotations.Unique("email")]
public partial class Customer
{
    /// <summary>The column <c>id</c> (<c>INTEGER</c>).</summary>
    [Key]
    [Column("id", TypeName = "INTEGER")]
    [DatabaseGenerated(DatabaseGeneratedOption.Identity)]
    [DataFlow.Annotations.Identity("rowid")]
    public long Id { get; set; }

    /// <summary>The column <c>email</c> (<c>VARCHAR(200)</c>).</summary>
    [Column("email", TypeName = "VARCHAR(200)")]
    [MaxLength(200)]
    public string Email { get; set; } = null!;

    /// <summary>The column <c>name</c> (<c>TEXT</c>).</summary>
    [Column("name", TypeName = "TEXT")]
    public string? Name { get; set; }

    /// <summary>The column <c>active</c> (<c>BOOLEAN</c>).</summary>
    [Column("active", TypeName = "BOOLEAN")]
    [DataFlow.Annotations.DefaultValueSql("1")]
    public bool Active { get; set; }

    /// <summary>The column <c>balance</c> (<c>NUMERIC(10,2)</c>).</summary>
    [Column("balance", TypeName = "NUMERIC(10,2)")]
    [DataFlow.Annotations.Precision(10, 2)]
    public decimal? Balance { get; set; }
}

/// <summary>A table name holding the cheap check's name separator (U+001F).</summary>
[Table("odd\u001fname")]
public class OddlyNamed
{
    public int Id { get; set; }

    public string Label { get; set; } = "";
}
