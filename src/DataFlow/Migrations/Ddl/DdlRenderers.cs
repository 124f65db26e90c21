using DataFlow.Connections;
using DataFlow.Dialects;

namespace DataFlow.Migrations.Ddl;

/// <summary>Gets the DDL renderer of a dialect.</summary>
public static class DdlRenderers
{
    /// <summary>The renderer of an engine.</summary>
    public static IDdlRenderer For(DatabaseKind kind) => DialectRegistry.For(kind).Ddl;

    /// <summary>The renderer of a dialect by the name snapshots carry (<c>sqlite</c>, <c>postgresql</c>).</summary>
    /// <exception cref="DataFlowConfigurationException">No dialect has that name (<c>DF-PLAN-002</c>).</exception>
    public static IDdlRenderer For(string dialect) => dialect switch
    {
        "sqlite" => For(DatabaseKind.Sqlite),
        "postgresql" => For(DatabaseKind.PostgreSql),
        _ => throw DataFlowErrors.UnknownDialect(dialect),
    };
}
