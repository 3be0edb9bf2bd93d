using System.Diagnostics;

namespace HuXiao.Cli;

/// <summary>Shows progress for steps that take more than a moment: a line every two seconds, then a closing line.</summary>
internal sealed class Progress(TextWriter writer, string label, int total)
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _lastShown = TimeSpan.Zero;
    private int _done;

    private readonly Lock _lock = new();

    /// <summary>One step done; safe to call from several threads.</summary>
    internal void Step()
    {
        lock (_lock)
        {
            _done++;
            if (_watch.Elapsed - _lastShown > TimeSpan.FromSeconds(2))
            {
                _lastShown = _watch.Elapsed;
                writer.WriteLine($"{label}: {_done}/{total}…");
            }
        }
    }

    internal void Done(string summary) => writer.WriteLine($"{label}: {summary} ({_watch.Elapsed.TotalSeconds:0.0} s)");
}
