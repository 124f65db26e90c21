using System.Diagnostics;
using System.Globalization;
using DataFlow.Dialects.Sqlite;
using Microsoft.Data.Sqlite;

namespace DataFlow.Bench.Profiling;

/// <summary>
/// <c>discovery-profile --sqlite FILE --parse-only</c>: the CPU cost of parsing alone, for A/B runs of parser changes on a
/// loaded machine. The statements of <c>sqlite_master</c> are read once as strings; then each run tokenizes and parses
/// every <c>CREATE TABLE</c> (definition and derived facts) and every <c>CREATE INDEX</c> on one thread, as discovery does
/// on its reading thread, with no I/O and no other thread. The fastest run is the figure to compare (a run that the
/// machine's other work interrupted is only slower), with the median beside it. Only parser entry points that every
/// build since session 3 has are called, so this harness can run over an older DataFlow.dll copied next to it.
/// </summary>
internal static class SqliteParseProfile
{
    public static Task<int> RunAsync(string file, int runs)
    {
        var tables = new List<(string Name, string Sql)>();
        var indexes = new List<(string Name, string Table, string Sql)>();
        using (var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index') AND name NOT LIKE 'sqlite%'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (reader.GetString(0) == "table")
                {
                    tables.Add((reader.GetString(1), reader.GetString(3)));
                }
                else
                {
                    indexes.Add((reader.GetString(1), reader.GetString(2), reader.GetString(3)));
                }
            }
        }

        var times = new List<double>();
        var allocated = new List<double>();
        for (var run = -5; run < runs; run++)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            ParseAll(tables, indexes);
            if (run >= 0)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                allocated.Add((GC.GetAllocatedBytesForCurrentThread() - bytes) / 1048576.0);
            }
        }

        times.Sort();
        allocated.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(file)}: parsing {tables.Count} CREATE TABLE and {indexes.Count} CREATE INDEX on one thread, {runs} runs: fastest {times[0]:F2} ms, median {times[times.Count / 2]:F2} ms, allocated {allocated[allocated.Count / 2]:F2} MB (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})"));
        return Task.FromResult(0);
    }

    private static void ParseAll(List<(string Name, string Sql)> tables, List<(string Name, string Table, string Sql)> indexes)
    {
        var tokens = new SqliteTokenList(new SqliteStringPool());
        var factsReader = new SqliteTableFactsReader(tokens);
        var facts = new Dictionary<string, SqliteTableFacts>(StringComparer.Ordinal);
        foreach (var (name, sql) in tables)
        {
            SqliteTokenizer.Tokenize(sql, tokens);
            _ = SqliteDdlParser.ParseCreateTable(tokens);
            if (factsReader.Read(name) is { } read)
            {
                facts[name] = read;
            }
        }

        foreach (var (name, table, sql) in indexes)
        {
            SqliteTokenizer.Tokenize(sql, tokens);
            var isPlain = false;
            if (facts.TryGetValue(table, out var read))
            {
                _ = SqliteIndexFactsReader.TryRead(tokens, name, read, out isPlain);
            }

            if (!isPlain)
            {
                _ = SqliteDdlParser.ParseCreateIndex(tokens);
            }
        }
    }
}
