using System.Collections.Concurrent;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.AspNetCore;

/// <summary>
/// Keeps forms in memory, lost when the app stops: for samples, tests and trying the endpoints out, not for
/// production. Thread-safe.
/// </summary>
public sealed class InMemoryFormStore : IFormStore
{
    private readonly ConcurrentDictionary<YearMonth, List<Submission>> _months = new();

    /// <inheritdoc/>
    public ValueTask SaveAsync(YearMonth period, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        cancellationToken.ThrowIfCancellationRequested();
        var forms = _months.GetOrAdd(period, static _ => []);
        lock (forms)
        {
            forms.Add(submission);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<Submission>> ListAsync(YearMonth period, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_months.TryGetValue(period, out var forms))
        {
            return ValueTask.FromResult<IReadOnlyList<Submission>>([]);
        }

        lock (forms)
        {
            return ValueTask.FromResult<IReadOnlyList<Submission>>([.. forms]);
        }
    }
}
