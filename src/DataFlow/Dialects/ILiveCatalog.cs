using DataFlow.Data;
using DataFlow.Schema;

namespace DataFlow.Dialects;

/// <summary>
/// Reads the few catalog facts a data node needs, on the node's own session — so that inside a workflow
/// transaction it sees the columns and indexes that transaction added. Names are matched exactly as the catalog
/// spells them (SQLite ignores case, as SQLite does); every name is a parameter.
/// </summary>
internal interface ILiveCatalog
{
    /// <summary>
    /// The table <paramref name="name"/> (<c>table</c> or <c>schema.table</c>; PostgreSQL resolves a bare name on the
    /// search path) with its columns (types mapped to logical types, nullability, identity and generated kinds) and
    /// primary key; null when there is none. Indexes, foreign keys and constraints are not read.
    /// </summary>
    Task<Table?> FindTableAsync(DataSession session, string name, CancellationToken cancellationToken = default);

    /// <summary>The qualified names of the user tables (DataFlow's <c>dataflow_*</c> tables left out), sorted.</summary>
    Task<IReadOnlyList<string>> TableNamesAsync(DataSession session, CancellationToken cancellationToken = default);

    /// <summary>The names of the indexes of <paramref name="table"/> (including those behind primary keys and unique constraints), sorted.</summary>
    Task<IReadOnlyList<string>> IndexNamesAsync(DataSession session, Table table, CancellationToken cancellationToken = default);

    /// <summary>The table the index <paramref name="index"/> belongs to (qualified), or null when there is no such index.</summary>
    Task<string?> IndexTableAsync(DataSession session, string index, CancellationToken cancellationToken = default);
}
