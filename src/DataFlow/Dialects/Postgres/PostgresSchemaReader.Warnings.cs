using DataFlow.Schema;

namespace DataFlow.Dialects.Postgres;

internal sealed partial class PostgresSchemaReader
{
    private IEnumerable<SchemaWarning> BuildWarnings()
    {
        foreach (var row in _catalog.Unsupported)
        {
            yield return new SchemaWarning
            {
                Code = ErrorCodes.UnsupportedObject,
                ObjectKind = row.Kind,
                ObjectName = row.Name,
                Message = $"The {row.Kind.Replace('_', ' ')} '{row.Name}' is not part of the DataFlow schema model; discovery left it out.",
            };
        }

        foreach (var (type, columns) in _types.UnknownTypes)
        {
            var users = columns switch
            {
                0 => "No column uses it directly (a domain is based on it)",
                1 => "1 column uses it",
                _ => $"{columns} columns use it",
            };
            yield return new SchemaWarning
            {
                Code = ErrorCodes.UnknownColumnType,
                ObjectKind = "type",
                ObjectName = type,
                Message = $"The type '{type}' has no DataFlow logical type. {users}; the raw type is kept and the logical type is unknown.",
            };
        }
    }
}
