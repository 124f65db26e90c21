using DataFlow.Schema;

namespace DataFlow.Discovery;

/// <summary>
/// Applies the table include/exclude globs and hides DataFlow's own tables, adding a warning for each
/// filter that matched nothing (an empty result is then explained, not silent).
/// </summary>
internal static class SchemaFilter
{
    /// <summary>The prefix of DataFlow's bookkeeping tables.</summary>
    public const string DataFlowTablePrefix = "dataflow_";

    public static DatabaseSchema Apply(DatabaseSchema schema, SchemaDiscoveryOptions options)
    {
        var include = options.IncludeTables.Select(p => new GlobPattern(p)).ToList();
        var exclude = options.ExcludeTables.Select(p => new GlobPattern(p)).ToList();
        var used = new HashSet<GlobPattern>();

        bool Keep(string? schemaName, string name)
        {
            if (!options.IncludeDataFlowTables && name.StartsWith(DataFlowTablePrefix, StringComparison.Ordinal))
            {
                return false;
            }

            if (include.Count > 0)
            {
                var hit = include.FirstOrDefault(p => p.IsMatch(schemaName, name));
                if (hit is null)
                {
                    return false;
                }

                used.Add(hit);
            }

            var excluded = exclude.FirstOrDefault(p => p.IsMatch(schemaName, name));
            if (excluded is not null)
            {
                used.Add(excluded);
                return false;
            }

            return true;
        }

        var tables = schema.Tables.Where(t => Keep(t.Schema, t.Name)).ToEquatableArray();
        var views = schema.Views.Where(v => Keep(v.Schema, v.Name)).ToEquatableArray();
        var owners = new SequenceOwners(schema.Tables, tables);
        var sequences = schema.Sequences.Where(q => KeepSequence(q, owners, options)).ToEquatableArray();
        var warnings = schema.Warnings.ToList();
        foreach (var pattern in include.Concat(exclude).Where(p => !used.Contains(p)))
        {
            warnings.Add(new SchemaWarning
            {
                Code = ErrorCodes.FilterMatchedNothing,
                ObjectKind = "discovery",
                Message = $"The table pattern '{pattern.Pattern}' matched no table or view.",
            });
        }

        foreach (var name in options.Schemas.Where(s => !schema.Tables.Any(t => t.Schema == s) && !schema.Views.Any(v => v.Schema == s)
                     && !schema.Enums.Any(e => e.Schema == s) && !schema.Sequences.Any(q => q.Schema == s) && !schema.Domains.Any(d => d.Schema == s)))
        {
            warnings.Add(new SchemaWarning
            {
                Code = ErrorCodes.FilterMatchedNothing,
                ObjectKind = "discovery",
                ObjectName = name,
                Message = $"The schema '{name}' does not exist or holds nothing this user can see.",
            });
        }

        return schema with { Tables = tables, Views = views, Sequences = sequences, Warnings = warnings.ToEquatableArray() };
    }

    /// <summary>
    /// A sequence goes with the table that owns it (a serial or identity column of a filtered-out or DataFlow table is
    /// hidden with the table); a free-standing sequence stays unless it is one of DataFlow's own.
    /// </summary>
    private static bool KeepSequence(Sequence sequence, SequenceOwners owners, SchemaDiscoveryOptions options)
    {
        if (!options.IncludeDataFlowTables && sequence.Name.StartsWith(DataFlowTablePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        if (sequence.OwnedBy is not { } owner)
        {
            return true;
        }

        var owningTable = owner[..owner.LastIndexOf('.')];
        return !owners.All.Contains(owningTable) || owners.Kept.Contains(owningTable);
    }

    /// <summary>The qualified names of every table read and of those kept: one hash look-up per sequence, not a scan of the tables.</summary>
    private sealed class SequenceOwners
    {
        public SequenceOwners(EquatableArray<Table> all, EquatableArray<Table> kept)
        {
            All = Names(all);

            // The kept tables are a subset of all: as many means the same.
            Kept = kept.Count == all.Count ? All : Names(kept);
        }

        public HashSet<string> All { get; }

        public HashSet<string> Kept { get; }

        private static HashSet<string> Names(EquatableArray<Table> tables)
        {
            var names = new HashSet<string>(tables.Count, StringComparer.Ordinal);
            foreach (var table in tables)
            {
                names.Add(table.QualifiedName);
            }

            return names;
        }
    }
}
