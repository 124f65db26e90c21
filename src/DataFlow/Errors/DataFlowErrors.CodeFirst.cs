namespace DataFlow;

/// <summary>Code-first model errors (<c>DF-CF-…</c>).</summary>
internal static partial class DataFlowErrors
{
    public static DataFlowConfigurationException UnknownModelDialect(string name) => new(
        ErrorCodes.UnknownModelDialect,
        $"'{name}' is not a dialect DataFlow can read models for.",
        "Use --dialect postgresql or --dialect sqlite.");

    public static DataFlowConfigurationException ModelsNotFound(string path) => new(
        ErrorCodes.ModelsNotFound,
        $"The models source '{path}' does not exist.",
        "Pass a folder of C# model files, a .cs file or a compiled .dll.");

    public static DataFlowConfigurationException InvalidModelAttribute(string where, string attribute, string value, string expected) => new(
        ErrorCodes.InvalidModelAttribute,
        $"{where}: [{attribute}] has the value '{value}', which is not valid.",
        $"Use one of: {expected}.");

    public static DataFlowConfigurationException UnknownModelMember(string where, string attribute, string name) => new(
        ErrorCodes.UnknownModelMember,
        $"{where}: [{attribute}] names '{name}', which is neither a property nor a column of the model.",
        "Name a property (nameof(Property)) or the column's database name.");

    public static DataFlowConfigurationException ModelAssemblyNotLoaded(string path, Exception inner) => new(
        ErrorCodes.ModelAssemblyNotLoaded,
        $"The models assembly '{path}' cannot be loaded: {inner.Message}",
        "Build it for .NET 10 and keep its dependencies (the .deps.json and referenced .dll files) beside it.",
        inner);

    public static DataFlowConfigurationException ModelSourceInvalid(string file, IEnumerable<string> problems) => new(
        ErrorCodes.ModelSourceInvalid,
        $"The model file '{file}' has syntax errors: {string.Join("; ", problems.Take(3))}",
        "Fix the file so that it compiles; the models are read from the source without a build.");

    public static DataFlowConfigurationException NoModelsFound(string path) => new(
        ErrorCodes.NoModelsFound,
        $"'{path}' holds no model class.",
        "A model class carries [Table] (or [View]); check the path, or scaffold models with dataflow scaffold.");

    public static DataFlowConfigurationException ModelDialectRequired() => new(
        ErrorCodes.ModelDialectRequired,
        "C# models need a dialect to spell their column types, and neither side of the comparison is a database or snapshot.",
        "Add --dialect postgresql or --dialect sqlite.");

    public static DataFlowConfigurationException UnknownPrincipal(string where, string principal) => new(
        ErrorCodes.UnknownPrincipal,
        $"{where}: the foreign key references '{principal}', which is not among the models, and names no principal columns.",
        "Add the principal model, or give the referenced columns with PrincipalColumns = new[] { \"id\" }.");

    public static DataFlowConfigurationException ComparisonSidesInvalid(string command, string problem, string usage) => new(
        ErrorCodes.ComparisonSidesInvalid,
        $"dataflow {command}: {problem}",
        usage);
}
