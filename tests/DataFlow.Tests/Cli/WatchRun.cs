using System.Diagnostics;
using DataFlow.Cli;
using DataFlow.Cli.Infrastructure;

namespace DataFlow.Tests.Cli;

/// <summary>
/// <c>dataflow watch</c> running in-process in the background, with output that can be read while it runs, a
/// token to stop it (as Ctrl+C does) and a time limit so that a test never hangs.
/// </summary>
internal sealed class WatchRun : IAsyncDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly TextWriter _syncOut;
    private readonly TextWriter _syncError;
    private readonly CancellationTokenSource _stop = new(Limit);

    private WatchRun(string[] args)
    {
        _syncOut = TextWriter.Synchronized(_out);
        _syncError = TextWriter.Synchronized(_error);
        var host = new CliHost { Out = _syncOut, Error = _syncError, GetEnvironmentVariable = _ => null };
        Completion = Task.Run(() => CliApp.RunAsync(["watch", .. args], host, _stop.Token));
    }

    /// <summary>The exit code, once the command returns.</summary>
    public Task<int> Completion { get; }

    /// <summary>Stdout so far.</summary>
    public string Out
    {
        get
        {
            lock (_syncOut)
            {
                return _out.ToString();
            }
        }
    }

    /// <summary>Stderr so far.</summary>
    public string Error
    {
        get
        {
            lock (_syncError)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Starts <c>dataflow watch ARGS</c>.</summary>
    public static WatchRun Start(params string[] args) => new(args);

    /// <summary>Waits until <paramref name="text"/> appears <paramref name="count"/> times in stdout or stderr; fails on the time limit or if the command ended first.</summary>
    public async Task WaitForAsync(string text, int count = 1)
    {
        var started = Stopwatch.GetTimestamp();
        while (Occurrences(Out + Error, text) < count)
        {
            if (Completion.IsCompleted)
            {
                Assert.Fail($"watch ended (exit {await Completion}) before printing '{text}'.\nstdout:\n{Out}\nstderr:\n{Error}");
            }

            if (Stopwatch.GetElapsedTime(started) > Limit)
            {
                Assert.Fail($"'{text}' was not printed within {Limit.TotalSeconds} s.\nstdout:\n{Out}\nstderr:\n{Error}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits for the command to return by itself (e.g. after --max-changes); returns the exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        var finished = await Task.WhenAny(Completion, Task.Delay(Limit));
        Assert.True(finished == Completion, $"watch did not exit within {Limit.TotalSeconds} s.\nstdout:\n{Out}\nstderr:\n{Error}");
        return await Completion;
    }

    /// <summary>Cancels the command's token (what Ctrl+C does) and returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAny(Completion, Task.Delay(Limit));
        _stop.Dispose();
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
