using DataFlow.Discovery;
using Spectre.Console;

namespace DataFlow.Cli.Rendering;

/// <summary>
/// A live progress bar on stderr while discovery runs. Only used when stderr is a terminal, so it never
/// mixes into redirected output or <c>--json</c>; it clears itself when done.
/// </summary>
internal static class DiscoveryProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> with a progress receiver that drives the display.</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, Func<IProgress<DiscoveryProgress>, Task<T>> work) =>
        console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context =>
            {
                var task = context.AddTask("connecting", autoStart: true, maxValue: 1).IsIndeterminate(true);
                return work(new Receiver(task));
            });

    private sealed class Receiver(ProgressTask task) : IProgress<DiscoveryProgress>
    {
        public void Report(DiscoveryProgress value)
        {
            task.Description = Markup.Escape(value.Stage);
            task.IsIndeterminate = false;
            task.MaxValue = Math.Max(value.Total, 1);
            task.Value = value.Completed;
        }
    }
}
