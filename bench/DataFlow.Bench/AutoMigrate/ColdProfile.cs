using System.Diagnostics;
using System.Globalization;
using System.Text;
using DataFlow.CodeFirst;
using DataFlow.CodeFirst.AutoMigration;
using DataFlow.Naming;

namespace DataFlow.Bench.AutoMigrate;

/// <summary>
/// Where a fresh process's first no-op check spends its time (<c>automigrate --cold-child profile URL CS</c>, after a
/// warm-up connection): the phases of <c>Model&lt;T&gt;()</c> ×100 + <c>MigrateAsync()</c> run one by one through
/// DataFlow's internals, each with its CPU time and JIT-compiled method count. Each phase warms what the next reuses,
/// so the figures add up to the cold cost of the whole.
/// </summary>
internal static class ColdProfile
{
    public static async Task<string> RunAsync(string url)
    {
        var report = new StringBuilder();
        var types = BenchModels.Types;
        Phase(report, "  Humanizer's rules read from IL", () => VocabularySource.TryRead());
        Phase(report, "  one interpreted regex", () => new System.Text.RegularExpressions.Regex("(quiz)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase).IsMatch("warm_up"));
        Phase(report, "  lower-casing in the current culture", () => "Warm".ToLower(CultureInfo.CurrentCulture));
        Phase(report, "  92 interpreted regexes built", () => _ = EnglishInflector.UsesOwnRules);
        Phase(report, "inflector (first table name)", () => EnglishInflector.Pluralize("warm_up", inputIsKnownToBeSingular: false));
        Phase(report, "reflection over 100 classes", () => CodeFirst.Reading.ReflectionModelReader.Read(types));
        Phase(report, "  table name (Underscore + Pluralize)", () => ModelNaming.TableName("OrderItem"));
        Phase(report, "  type mapping (ClrTypeMapper)", () => CodeGen.ClrTypeMapper.KindOf("int"));
        Phase(report, "  dialect parse", () => ModelDialects.For("postgresql").Parse("character varying(100)", _ => null));
        Phase(report, "  canonicalizer (empty schema)", () => Discovery.SchemaCanonicalizer.Canonicalize(new Schema.DatabaseSchema { Dialect = "postgresql" }));
        Phase(report, "schema of 1 model", () => ModelSchemaReader.FromTypes([types[0]], new ModelReadOptions { Dialect = "postgresql" }));
        Phase(report, "schema of 100 models", () => ModelSet.Read(types, "postgresql"));
        Phase(report, "models' hash", () => _ = ModelSet.Read(types, "postgresql").Hash);
        Phase(report, "  table of each model (single reads)", () =>
        {
            foreach (var type in types)
            {
                ModelSet.TableOf(type, [type], "postgresql");
            }
        });
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url, UseModelCache = false });
        Phase(report, "Model<T>() x100 (read cached)", () => BenchModels.Register(db));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var jit = System.Runtime.JitInfo.GetCompiledMethodCount();
        await (await db.Data.OpenAsync()).DisposeAsync();
        Append(report, "  DataFlow's connection opened (pooled afterwards)", cpu, jit);
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        jit = System.Runtime.JitInfo.GetCompiledMethodCount();
        await db.MigrateAsync();
        Append(report, "MigrateAsync() (queries, re-registration)", cpu, jit);
        return report.ToString();
    }

    /// <summary>
    /// The phases of a fresh process whose models are in the model cache (<c>--cold-child profile-cached</c>; the cache
    /// written by an earlier process of the same build), through the cache's own steps and the auto-migration's parts.
    /// </summary>
    public static async Task<string> RunCachedAsync(string url)
    {
        var report = new StringBuilder();
        var types = BenchModels.Types;
        DataFlowDb? created = null;
        Phase(report, "new DataFlowDb", () => created = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url }));
        await using var db = created!;
        Phase(report, "  cache key (module version ids of the models' assembly and its references)", () => CodeFirst.Caching.ModelCacheKey.For(types[0].Assembly, "postgresql"));
        Phase(report, "  cache file read, first model's table", () => db.ModelCache!.FindTable(types[0], "postgresql"));
        Phase(report, "first Model<T>() (from the cache)", () => db.Model<BenchModel001>());
        Phase(report, "Model<T>() x100 (from the cache)", () => BenchModels.Register(db));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var jit = System.Runtime.JitInfo.GetCompiledMethodCount();
        var session = await db.Data.OpenAsync();
        Append(report, "  DataFlow's connection opened", cpu, jit);
        ModelSet? set = null;
        Phase(report, "  set of 100 from the cache", () => set = ModelSet.ReadHashed(types, "postgresql", db.ModelCache));
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        jit = System.Runtime.JitInfo.GetCompiledMethodCount();
        var upToDate = await LiveColumns.UpToDateAsync(session, set!, CancellationToken.None);
        Append(report, $"  cheap check (up to date: {upToDate})", cpu, jit);
        await session.DisposeAsync();
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        jit = System.Runtime.JitInfo.GetCompiledMethodCount();
        var result = await db.MigrateAsync();
        Append(report, $"MigrateAsync() (all of it again, warm: up to date {result.UpToDate})", cpu, jit);
        return report.ToString();
    }

    private static void Phase(StringBuilder report, string name, Action action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var jit = System.Runtime.JitInfo.GetCompiledMethodCount();
        action();
        Append(report, name, cpu, jit);
    }

    private static void Append(StringBuilder report, string name, TimeSpan cpu, long jit) =>
        report.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{name}: startJit={jit} cpu={(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F1} jit={System.Runtime.JitInfo.GetCompiledMethodCount() - jit}"));
}
