using System.Text;
using DataFlow.Discovery;
using DataFlow.Schema;
using DataFlow.Snapshots;

namespace DataFlow.CodeGen;

/// <summary>Writing to disk: only changed files, removal of obsolete generated files, the snapshot.</summary>
public static partial class ModelScaffolder
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Generates the models of <paramref name="schema"/> and writes them under
    /// <c><see cref="ScaffoldOptions.OutputDirectory"/>/Generated/</c>: files whose content changed are rewritten,
    /// generated files (those carrying the generated header) of objects that no longer exist are removed, and
    /// nothing else is touched. Writes <c>schema.snapshot.json</c> beside the models.
    /// </summary>
    /// <exception cref="DataFlowException">
    /// <c>DF-GEN-001</c> bad namespace; <c>DF-GEN-002</c> the table globs match nothing; <c>DF-GEN-003</c> the
    /// output folder cannot be used; <c>DF-GEN-004</c> table globs combined with a single file.
    /// </exception>
    public static Task<ScaffoldResult> WriteAsync(DatabaseSchema schema, ScaffoldOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var hash = SchemaSnapshot.ComputeHash(schema);
        return WriteFilesAsync(schema, Generate(schema, options, hash), options, hash, cancellationToken);
    }

    /// <summary>Writes <paramref name="files"/> (from <see cref="Generate(DatabaseSchema, ScaffoldOptions)"/> with the same options); lets callers time the phases apart.</summary>
    internal static async Task<ScaffoldResult> WriteFilesAsync(DatabaseSchema schema, IReadOnlyList<ScaffoldedFile> files, ScaffoldOptions options, string schemaHash, CancellationToken cancellationToken = default)
    {
        var selected = Select(files, schema, options);
        var generated = Path.Combine(options.OutputDirectory, GeneratedFolder);
        try
        {
            Directory.CreateDirectory(generated);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw DataFlowErrors.OutputNotWritable(options.OutputDirectory, ex);
        }

        // Files are independent: write them in parallel, then report them in their stable order.
        var changed = new bool[selected.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, selected.Count), cancellationToken, async (i, ct) =>
        {
            var path = Path.Combine(options.OutputDirectory, selected[i].RelativePath);
            if (!File.Exists(path) || await File.ReadAllTextAsync(path, ct) != selected[i].Content)
            {
                await File.WriteAllTextAsync(path, selected[i].Content, Utf8NoBom, ct);
                changed[i] = true;
            }
        });
        var paths = selected.Select(f => Path.Combine(options.OutputDirectory, f.RelativePath)).ToList();
        var written = paths.Where((_, i) => changed[i]).ToList();
        var unchanged = paths.Where((_, i) => !changed[i]).ToList();

        var expected = files.Select(f => Path.GetFullPath(Path.Combine(options.OutputDirectory, f.RelativePath))).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var path in Directory.GetFiles(generated, "*.cs").Order(StringComparer.Ordinal))
        {
            if (!expected.Contains(Path.GetFullPath(path)) && IsGeneratedFile(path))
            {
                File.Delete(path);
                removed.Add(path);
            }
        }

        var snapshot = Path.Combine(options.OutputDirectory, SnapshotFileName);
        await SchemaSnapshot.WriteAsync(schema, snapshot, cancellationToken);
        return new ScaffoldResult { Written = written, Unchanged = unchanged, Removed = removed, SnapshotPath = snapshot, SchemaHash = schemaHash };
    }

    private static IReadOnlyList<ScaffoldedFile> Select(IReadOnlyList<ScaffoldedFile> files, DatabaseSchema schema, ScaffoldOptions options)
    {
        if (options.Tables.Count == 0)
        {
            return files;
        }

        if (options.SingleFile)
        {
            throw DataFlowErrors.TableFilterWithSingleFile();
        }

        var globs = options.Tables.Select(g => new GlobPattern(g)).ToList();
        var objects = schema.Tables.Select(t => (t.Schema, t.Name, t.Columns)).Concat(schema.Views.Select(v => (v.Schema, v.Name, v.Columns)))
            .Where(o => globs.Any(g => g.IsMatch(o.Schema, o.Name)))
            .ToList();
        if (objects.Count == 0)
        {
            throw DataFlowErrors.NoTableMatched(options.Tables);
        }

        // The selected objects, and the enums their columns use (so the selection compiles on its own).
        var names = objects.Select(o => SchemaObjectName.Qualify(o.Schema, o.Name))
            .Concat(objects.SelectMany(o => o.Columns).Select(c => c.Type.ElementType?.EnumName ?? c.Type.EnumName).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        return files.Where(f => f.QualifiedName is not null && names.Contains(f.QualifiedName)).ToList();
    }

    private static bool IsGeneratedFile(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[512];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return GeneratedHeader.IsGenerated(new string(buffer, 0, read));
    }
}
