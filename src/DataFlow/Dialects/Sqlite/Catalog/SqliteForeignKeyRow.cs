namespace DataFlow.Dialects.Sqlite;

/// <summary>A row of <c>pragma_foreign_key_list</c>: one column pair of foreign key <paramref name="Id"/>.</summary>
/// <param name="Id">The foreign key's number within its table.</param>
/// <param name="Seq">The pair's position in the key.</param>
/// <param name="PrincipalTable">The referenced table as written.</param>
/// <param name="From">The referencing column.</param>
/// <param name="To">The referenced column, or null when the key names no columns (the principal's primary key is meant).</param>
/// <param name="OnUpdate">The ON UPDATE action as SQLite spells it (<c>NO ACTION</c>, <c>CASCADE</c>, ...).</param>
/// <param name="OnDelete">The ON DELETE action.</param>
internal readonly record struct SqliteForeignKeyRow(int Id, int Seq, string PrincipalTable, string From, string? To, string OnUpdate, string OnDelete);
