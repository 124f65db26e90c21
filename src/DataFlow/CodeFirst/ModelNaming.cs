using DataFlow.Naming;
using Humanizer;

namespace DataFlow.CodeFirst;

/// <summary>The code-first naming conventions: snake_case columns and enum types, snake_case plural tables.</summary>
internal static class ModelNaming
{
    /// <summary>The table of a class without <c>[Table]</c>: <c>OrderItem</c> → <c>order_items</c>.</summary>
    public static string TableName(string className) => EnglishInflector.Pluralize(className.Underscore(), inputIsKnownToBeSingular: false);

    /// <summary>The column of a property without <c>[Column("...")]</c>: <c>CreatedAt</c> → <c>created_at</c>.</summary>
    public static string ColumnName(string propertyName) => propertyName.TrimStart('@').Underscore();

    /// <summary>The database enum of a C# enum without a name in <c>[DbEnum]</c>: <c>OrderStatus</c> → <c>order_status</c>.</summary>
    public static string EnumName(string enumName) => enumName.Underscore();
}
