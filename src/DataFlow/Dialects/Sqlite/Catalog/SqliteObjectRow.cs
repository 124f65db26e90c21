namespace DataFlow.Dialects.Sqlite;

/// <summary>A row of <c>sqlite_master</c>.</summary>
/// <param name="Type"><c>table</c>, <c>view</c>, <c>index</c> or <c>trigger</c>.</param>
/// <param name="Name">The object name.</param>
/// <param name="TableName">The table an index or trigger belongs to (the object itself for tables and views).</param>
/// <param name="Sql">
/// The stored <c>CREATE</c> statement; null for automatic indexes, and for ordinary tables, whose statement the catalog reader
/// parses as it reads it (<see cref="SqliteCatalog.TableDefinitions"/>) without making it a string.
/// </param>
internal sealed record SqliteObjectRow(string Type, string Name, string TableName, string? Sql);
