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
    public static async Task<ScaffoldResult> WriteAsync(DatabaseSchema schema, ScaffoldOptions options, CancellationToken cancellationToken = default)
    {
        return await WritePlannedAsync(schema, await PlanAsync(schema, options, cancellationToken), options, cancellationToken);
    }

    /// <summary><see cref="WriteAsync(DatabaseSchema, ScaffoldOptions, CancellationToken)"/> with the schema hash already computed.</summary>
    internal static Task<ScaffoldResult> WriteWithHashAsync(DatabaseSchema schema, ScaffoldOptions options, string schemaHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        CheckNamespace(options.Namespace);
        return WritePlannedAsync(schema, new PlannedScaffold(PlanFiles(ScaffoldPlanner.Plan(schema), options.SingleFile), schemaHash, SnapshotJson: null), options, cancellationToken);
    }

    /// <summary>
    /// Renders and writes the files of <paramref name="planned"/> (from <see cref="PlanAsync"/> with the same options): each file is
    /// rendered on the thread that writes it, so rendering overlaps the file system's waits and file creation starts
    /// with the first file rendered. Lets callers time planning and writing apart.
    /// </summary>
    internal static async Task<ScaffoldResult> WritePlannedAsync(DatabaseSchema schema, PlannedScaffold planned, ScaffoldOptions options, CancellationToken cancellationToken = default)
    {
        var (files, schemaHash, snapshotJson) = planned;
        var selected = Select(files, schema, options);
        var generated = Path.Combine(options.OutputDirectory, GeneratedFolder);
        bool existed;
        try
        {
            existed = Directory.Exists(generated);
            Directory.CreateDirectory(generated);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw DataFlowErrors.OutputNotWritable(options.OutputDirectory, ex);
        }

        // The snapshot (megabytes of JSON for large schemas) is serialized, unless planning already did, and written on
        // another thread while the files are written.
        var snapshot = Path.Combine(options.OutputDirectory, SnapshotFileName);
        var snapshotWritten = snapshotJson is null
            ? Task.Run(() => SchemaSnapshot.WriteAsync(schema, snapshot, schemaHash, cancellationToken), cancellationToken)
            : Task.Run(() => File.WriteAllBytesAsync(snapshot, snapshotJson, cancellationToken), cancellationToken);

        // Files are independent: rendered and written in parallel with plain synchronous calls (file I/O on Linux is
        // synchronous underneath; async calls only add thread hops), then reported in their stable order. A new folder
        // holds nothing to compare with or to remove. See docs/benchmarks.md#scaffolding.
        var context = ContextFor(options, schemaHash);
        var paths = selected.Select(f => Path.Combine(options.OutputDirectory, f.RelativePath)).ToList();
        var changed = new bool[selected.Count];
        IReadOnlyList<string> removed;
        try
        {
            Parallel.For(0, selected.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = WriteParallelism }, i =>
                changed[i] = WriteIfChanged(paths[i], Utf8NoBom.GetBytes(selected[i].Render(context)), mayExist: existed));
            removed = existed ? RemoveObsolete(generated, files, options) : [];
        }
        catch (Exception ex)
        {
            // Nothing may still be writing into the folder when the error reaches the caller; the files' error is
            // the one reported (a failure of the snapshot's write beside it would say less).
            await snapshotWritten.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (ex is AggregateException { InnerExceptions: [IOException or UnauthorizedAccessException, ..] } aggregate)
            {
                throw DataFlowErrors.OutputNotWritable(options.OutputDirectory, aggregate.InnerExceptions[0]);
            }

            throw;
        }

        var written = paths.Where((_, i) => changed[i]).ToList();
        var unchanged = paths.Where((_, i) => !changed[i]).ToList();

        await snapshotWritten;
        return new ScaffoldResult { Written = written, Unchanged = unchanged, Removed = removed, SnapshotPath = snapshot, SchemaHash = schemaHash };
    }

    /// <summary>Threads writing files: more than the cores, since each spends most of its time in the file system.</summary>
    private static int WriteParallelism => Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>Writes <paramref name="content"/> unless the file already holds exactly it; returns true when it wrote.</summary>
    private static bool WriteIfChanged(string path, byte[] content, bool mayExist)
    {
        if (mayExist && HasContent(path, content))
        {
            return false;
        }

        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None);
        RandomAccess.Write(handle, content, 0);
        return true;
    }

    private static bool HasContent(string path, byte[] content)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None);
            if (RandomAccess.GetLength(handle) != content.Length)
            {
                return false;
            }

            var existing = new byte[content.Length];
            var read = 0;
            while (read < existing.Length)
            {
                var n = RandomAccess.Read(handle, existing.AsSpan(read), read);
                if (n == 0)
                {
                    return false;
                }

                read += n;
            }

            return existing.AsSpan().SequenceEqual(content);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Deletes the generated files (those carrying the generated header) of objects that are not in <paramref name="files"/>.</summary>
    private static List<string> RemoveObsolete(string generated, IReadOnlyList<PlannedFile> files, ScaffoldOptions options)
    {
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

        return removed;
    }

    private static IReadOnlyList<PlannedFile> Select(IReadOnlyList<PlannedFile> files, DatabaseSchema schema, ScaffoldOptions options)
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
