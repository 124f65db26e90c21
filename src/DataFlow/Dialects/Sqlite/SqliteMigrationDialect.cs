using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DataFlow.Connections;
using DataFlow.Data;
using DataFlow.Migrations.Locking;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Versioned migrations on SQLite. The lock is an exclusive OS lock on a file beside the database
/// (<c>app.db.migrate-lock</c>, opened with <see cref="FileShare.None"/>, which .NET implements with <c>flock</c> on
/// Unix and a sharing mode on Windows): the OS drops it when the holding process dies, so a crash cannot leave it
/// stuck, and it is independent of SQLite's own locks, so the holder can run transactions of its own. The lock
/// file is never deleted (deleting a lock file races with the next taker). The holder writes who it is to
/// <c>app.db.migrate-lock.holder</c> for waiters to report. In-memory databases need no lock (one connection).
/// </summary>
internal sealed class SqliteMigrationDialect : IMigrationDialect
{
    /// <summary>The suffix of the lock file beside the database file.</summary>
    public const string LockSuffix = ".migrate-lock";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    // One lock per file per process first: FileShare.None also excludes other handles of this process, but the
    // semaphore lets in-process callers wait without spinning on IOExceptions.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> InProcess = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string IdentityColumn => "id INTEGER PRIMARY KEY";

    /// <inheritdoc />
    public string TableExistsSql => "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = {0}";

    /// <summary>The lock file of a database file.</summary>
    public static string LockPath(string databasePath) => Path.GetFullPath(databasePath) + LockSuffix;

    /// <inheritdoc />
    public async Task<MigrationLockLease> AcquireLockAsync(DataSession session, ConnectionTarget target, MigrationLockOptions options, CancellationToken cancellationToken = default)
    {
        if (target.IsInMemory || target.FilePath is not { } file)
        {
            return new MigrationLockLease(TimeSpan.Zero, waited: false, holder: null, () => ValueTask.CompletedTask);
        }

        var clock = Stopwatch.StartNew();
        var path = LockPath(file);
        var gate = InProcess.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        var waited = false;
        string? holder = null;
        if (!await gate.WaitAsync(0, cancellationToken))
        {
            waited = true;
            holder = "another caller in this process (pid " + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ")";
            options.OnWaiting?.Invoke(holder);
            if (!await gate.WaitAsync(Remaining(options.Timeout, clock), cancellationToken))
            {
                throw DataFlowErrors.MigrationLockTimeout(target.DisplayUrl, options.Timeout, holder);
            }
        }

        try
        {
            FileStream? stream;
            while ((stream = TryOpen(path)) is null)
            {
                if (!waited)
                {
                    waited = true;
                    holder = ReadHolder(path);
                    options.OnWaiting?.Invoke(holder);
                }
                else
                {
                    // The holder writes its name just after taking the lock: a waiter that looked too early reads it now.
                    holder ??= ReadHolder(path);
                }

                if (clock.Elapsed >= options.Timeout)
                {
                    throw DataFlowErrors.MigrationLockTimeout(target.DisplayUrl, options.Timeout, ReadHolder(path) ?? holder);
                }

                await Task.Delay(PollInterval, cancellationToken);
            }

            if (waited)
            {
                holder ??= ReadHolder(path); // still the previous holder's name: ours is written next
            }

            WriteHolder(path);
            return new MigrationLockLease(clock.Elapsed, waited, holder, () =>
            {
                stream.Dispose();
                gate.Release();
                return ValueTask.CompletedTask;
            });
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// A transactional script is sent whole (the driver steps through its statements). Outside a transaction each
    /// statement is sent on its own, so that a failure can say how many committed: the script is cut at each
    /// semicolon where SQLite's own <c>sqlite3_complete</c> says the text so far is complete (which keeps trigger
    /// bodies, strings and comments whole).
    /// </remarks>
    public IReadOnlyList<string> Commands(string script, bool transactional)
    {
        if (transactional)
        {
            return [script];
        }

        var statements = new List<string>();
        var start = 0;
        for (var i = script.IndexOf(';', StringComparison.Ordinal); i >= 0; i = script.IndexOf(';', i + 1))
        {
            var piece = script[start..(i + 1)];
            if (SQLitePCL.raw.sqlite3_complete(piece) != 0)
            {
                AddStatement(statements, piece);
                start = i + 1;
            }
        }

        AddStatement(statements, script[start..]);
        return statements;
    }

    private static void AddStatement(List<string> statements, string piece)
    {
        if (!IsBlank(piece))
        {
            statements.Add(piece.Trim());
        }
    }

    /// <summary>True for a piece holding only whitespace, comments and semicolons.</summary>
    private static bool IsBlank(string piece)
    {
        var i = 0;
        while (i < piece.Length)
        {
            if (char.IsWhiteSpace(piece[i]) || piece[i] == ';')
            {
                i++;
            }
            else if (string.CompareOrdinal(piece, i, "--", 0, 2) == 0)
            {
                var end = piece.IndexOf('\n', i);
                i = end < 0 ? piece.Length : end + 1;
            }
            else if (string.CompareOrdinal(piece, i, "/*", 0, 2) == 0)
            {
                var end = piece.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? piece.Length : end + 2;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static TimeSpan Remaining(TimeSpan timeout, Stopwatch clock) => timeout > clock.Elapsed ? timeout - clock.Elapsed : TimeSpan.Zero;

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null; // held by another process
        }
    }

    private static void WriteHolder(string path)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"process {Environment.ProcessId} ({Environment.UserName}@{Environment.MachineName}), since {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss}Z");
        try
        {
            File.WriteAllText(path + ".holder", text);
        }
        catch (IOException)
        {
            // Only a hint for waiters; the lock itself is held.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: a read-only folder still allows the lock on an existing lock file.
        }
    }

    private static string? ReadHolder(string path)
    {
        try
        {
            var text = File.Exists(path + ".holder") ? File.ReadAllText(path + ".holder").Trim() : "";
            return text.Length == 0 ? null : text; // empty while the holder is writing it
        }
        catch (IOException)
        {
            return null;
        }
    }
}
