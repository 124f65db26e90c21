using DataFlow.Schema;

namespace DataFlow.Snapshots.Binary;

/// <summary>
/// Writes a <see cref="DatabaseSchema"/> in DataFlow's private binary form (read back by <see cref="SchemaBinaryReader"/>):
/// every member of the schema model in declaration order, for caches that must load in a fresh process without the
/// start-up cost of a JSON serializer. Not a stable interchange format: a cache stores the library build it was
/// written by and is ignored by any other.
/// </summary>
internal sealed class SchemaBinaryWriter(BinaryWriter output)
{
    /// <summary>Writes <paramref name="schema"/>.</summary>
    public void Write(DatabaseSchema schema)
    {
        output.Write(schema.Dialect);
        List(schema.Tables, Write);
        List(schema.Views, Write);
        List(schema.Enums, Write);
        List(schema.Domains, Write);
        List(schema.Sequences, Write);
        List(schema.Warnings, Write);
    }

    /// <summary>Writes <paramref name="table"/>.</summary>
    public void Write(Table table)
    {
        Text(table.Schema);
        output.Write(table.Name);
        List(table.Columns, Write);
        output.Write(table.PrimaryKey is not null);
        if (table.PrimaryKey is { } key)
        {
            Text(key.Name);
            Names(key.Columns);
        }

        List(table.ForeignKeys, Write);
        List(table.UniqueConstraints, Write);
        List(table.CheckConstraints, Write);
        List(table.Indexes, Write);
        Text(table.Comment);
        List(table.Annotations, a =>
        {
            output.Write(a.Name);
            output.Write(a.Value);
        });
    }

    /// <summary>Writes a list of strings.</summary>
    public void Names(EquatableArray<string> names) => List(names, output.Write);

    /// <summary>Writes a string that may be null.</summary>
    public void Text(string? text)
    {
        output.Write(text is not null);
        if (text is not null)
        {
            output.Write(text);
        }
    }

    private void Write(Column column)
    {
        output.Write(column.Name);
        output.Write(column.Ordinal);
        output.Write(column.RawType);
        Write(column.Type);
        output.Write(column.IsNullable);
        Text(column.Default);
        output.Write((int)column.Identity);
        output.Write((int)column.Generated);
        Text(column.GeneratedExpression);
        Text(column.Collation);
        Text(column.Comment);
    }

    private void Write(LogicalType type)
    {
        output.Write((int)type.Kind);
        Number(type.Length);
        output.Write(type.IsFixedLength);
        Number(type.Precision);
        Number(type.Scale);
        output.Write(type.ElementType is not null);
        if (type.ElementType is { } element)
        {
            Write(element);
        }

        Text(type.EnumName);
    }

    private void Write(ForeignKey key)
    {
        Text(key.Name);
        Names(key.Columns);
        Text(key.PrincipalSchema);
        output.Write(key.PrincipalTable);
        Names(key.PrincipalColumns);
        output.Write((int)key.OnDelete);
        output.Write((int)key.OnUpdate);
        output.Write(key.IsDeferrable);
        output.Write(key.IsInitiallyDeferred);
        Text(key.MatchType);
    }

    private void Write(UniqueConstraint unique)
    {
        Text(unique.Name);
        Names(unique.Columns);
        output.Write(unique.IsDeferrable);
        output.Write(unique.IsInitiallyDeferred);
        output.Write(unique.NullsNotDistinct);
    }

    private void Write(CheckConstraint check)
    {
        Text(check.Name);
        output.Write(check.Expression);
        output.Write(check.IsNotValid);
    }

    private void Write(TableIndex index)
    {
        output.Write(index.Name);
        List(index.Keys, Write);
        output.Write(index.IsUnique);
        Text(index.Method);
        Text(index.Predicate);
        Names(index.IncludedColumns);
        output.Write(index.NullsNotDistinct);
    }

    private void Write(IndexKey key)
    {
        Text(key.Column);
        Text(key.Expression);
        output.Write(key.IsDescending);
        output.Write(key.NullsFirst is { } first ? (byte)(first ? 2 : 1) : (byte)0);
        Text(key.Collation);
        Text(key.OperatorClass);
    }

    private void Write(View view)
    {
        Text(view.Schema);
        output.Write(view.Name);
        output.Write(view.IsMaterialized);
        output.Write(view.Definition);
        List(view.Columns, Write);
        List(view.Indexes, Write);
        Text(view.Comment);
    }

    private void Write(EnumType type)
    {
        Text(type.Schema);
        output.Write(type.Name);
        Names(type.Values);
        Text(type.Comment);
    }

    private void Write(DomainType domain)
    {
        Text(domain.Schema);
        output.Write(domain.Name);
        output.Write(domain.RawBaseType);
        Write(domain.BaseType);
        output.Write(domain.IsNotNull);
        Text(domain.Default);
        Text(domain.Collation);
        List(domain.CheckConstraints, Write);
        Text(domain.Comment);
    }

    private void Write(Sequence sequence)
    {
        Text(sequence.Schema);
        output.Write(sequence.Name);
        output.Write(sequence.DataType);
        output.Write(sequence.StartValue);
        output.Write(sequence.Increment);
        output.Write(sequence.MinValue);
        output.Write(sequence.MaxValue);
        output.Write(sequence.CacheSize);
        output.Write(sequence.IsCyclic);
        Text(sequence.OwnedBy);
        output.Write(sequence.IsIdentity);
    }

    private void Write(SchemaWarning warning)
    {
        output.Write(warning.Code);
        output.Write(warning.ObjectKind);
        Text(warning.ObjectName);
        output.Write(warning.Message);
    }

    private void Number(int? value)
    {
        output.Write(value.HasValue);
        if (value is { } number)
        {
            output.Write(number);
        }
    }

    private void List<T>(EquatableArray<T> items, Action<T> write)
    {
        output.Write(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }
}
