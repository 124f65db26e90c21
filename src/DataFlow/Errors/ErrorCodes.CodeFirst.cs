namespace DataFlow;

/// <summary>Code-first model codes (<c>DF-CF-…</c>): reading C# models (types, source files, assemblies) as a schema.</summary>
public static partial class ErrorCodes
{
    /// <summary>The dialect named for the models is neither <c>sqlite</c> nor <c>postgresql</c>.</summary>
    public const string UnknownModelDialect = "DF-CF-001";

    /// <summary>The models folder, source file or assembly does not exist.</summary>
    public const string ModelsNotFound = "DF-CF-002";

    /// <summary>An attribute of a model has a value DataFlow does not understand (an ON DELETE action, an identity kind).</summary>
    public const string InvalidModelAttribute = "DF-CF-003";

    /// <summary>An attribute names a property or column the model does not have.</summary>
    public const string UnknownModelMember = "DF-CF-004";

    /// <summary>A models assembly cannot be loaded or its types cannot be read.</summary>
    public const string ModelAssemblyNotLoaded = "DF-CF-005";

    /// <summary>A C# model file has syntax errors.</summary>
    public const string ModelSourceInvalid = "DF-CF-006";

    /// <summary>A models source holds no model class (<c>[Table]</c> or <c>[View]</c>).</summary>
    public const string NoModelsFound = "DF-CF-007";

    /// <summary>Models were compared without a dialect to spell their types: neither side of the diff is a database or snapshot, and no <c>--dialect</c> was given.</summary>
    public const string ModelDialectRequired = "DF-CF-008";

    /// <summary>A foreign key names a principal table that is not among the models and gives no principal columns.</summary>
    public const string UnknownPrincipal = "DF-CF-009";

    /// <summary>The sides of a comparison are not given exactly: <c>--models</c> fills a missing <c>--from</c>/<c>--to</c> (diff) or replaces <c>--snapshot</c> (check).</summary>
    public const string ComparisonSidesInvalid = "DF-CF-010";
}
