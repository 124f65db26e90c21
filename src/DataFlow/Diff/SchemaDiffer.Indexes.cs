using System.Text;
using DataFlow.Schema;

namespace DataFlow.Diff;

/// <content>Indexes of tables and materialized views, matched by name and compared by their full definition.</content>
public static partial class SchemaDiffer
{
    private static void CompareIndexes(string owner, EquatableArray<TableIndex> old, EquatableArray<TableIndex> current, List<SchemaChange> changes) =>
        Match(ByKey(old, i => i.Name), ByKey(current, i => i.Name), (name, before, after) =>
            Constraint(changes, SchemaObjectKind.Index, owner + "." + name, before, after, IndexText));

    private static string IndexText(TableIndex index)
    {
        var text = new StringBuilder();
        if (index.IsUnique)
        {
            text.Append("unique ");
        }

        if (index.Method is { } method)
        {
            text.Append("using ").Append(method).Append(' ');
        }

        text.Append(Join(index.Keys.Select(KeyText)));
        if (!index.IncludedColumns.IsEmpty)
        {
            text.Append(" include ").Append(Join(index.IncludedColumns));
        }

        if (index.NullsNotDistinct)
        {
            text.Append(" nulls not distinct");
        }

        if (index.Predicate is { } predicate)
        {
            text.Append(" where ").Append(predicate);
        }

        return text.ToString();
    }

    private static string KeyText(IndexKey key) => CodeFirst.IndexKeyText.Format(key, upperCaseKeywords: false);
}
