namespace DataFlow.Dialects.Sqlite;

/// <summary>A row of <c>pragma_table_xinfo</c>.</summary>
/// <param name="Cid">0-based position.</param>
/// <param name="Name">The column name.</param>
/// <param name="Type">The declared type, possibly empty.</param>
/// <param name="NotNull">True for NOT NULL.</param>
/// <param name="Default">The default expression text, or null.</param>
/// <param name="PrimaryKeyPosition">1-based position in the primary key, 0 when not part of it.</param>
/// <param name="Hidden">0 ordinary, 1 hidden (virtual tables), 2 generated virtual, 3 generated stored.</param>
internal readonly record struct SqliteColumnRow(int Cid, string Name, string Type, bool NotNull, string? Default, int PrimaryKeyPosition, int Hidden);
