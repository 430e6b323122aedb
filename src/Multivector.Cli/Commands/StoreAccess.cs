using Multivector.Cli.Rendering;
using Spectre.Console;

namespace Multivector.Cli.Commands;

/// <summary>Opens the store for a command, building it with a progress bar the first time.</summary>
internal static class StoreAccess
{
    /// <summary>
    /// Reading commands open the store read-only, so they can run beside the dashboard; a missing store is
    /// built first (which needs a writable open).
    /// </summary>
    public static MultivectorStore Open(StoreSettings settings, Terminal terminal, bool write = false)
    {
        var path = settings.Store ?? MultivectorStore.DefaultPath;
        if (!File.Exists(path))
        {
            terminal.Status.MarkupLine($"Building the store at [bold]{Shown.Escape(path)}[/] from the bundled UN voting data (once).");
            WithProgress(terminal, progress => MultivectorStore.Open(path, progress: progress).Dispose());
        }
        return MultivectorStore.Open(path, readOnly: !write);
    }

    /// <summary>Runs work that reports <see cref="StoreProgress"/>, drawing one bar per stage on the status console.</summary>
    public static T WithProgress<T>(Terminal terminal, Func<IProgress<StoreProgress>, T> work)
    {
        T result = default!;
        terminal.Status.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new Immediate(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task)) tasks[p.Stage] = task = context.AddTask(Shown.Escape(p.Stage), maxValue: 1);
                    task.Value = p.Fraction;
                });
                result = work(progress);
                foreach (var task in tasks.Values) task.Value = 1;
            });
        return result;
    }

    public static void WithProgress(Terminal terminal, Action<IProgress<StoreProgress>> work) =>
        WithProgress<int>(terminal, p => { work(p); return 0; });

    /// <summary>Reports on the calling thread; <see cref="Progress{T}"/> would post to the thread pool and arrive late.</summary>
    private sealed class Immediate(Action<StoreProgress> report) : IProgress<StoreProgress>
    {
        public void Report(StoreProgress value) => report(value);
    }
}
