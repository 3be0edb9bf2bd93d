using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.AspNetCore;

/// <summary>
/// Where the app keeps the forms units upload: each one as a <see cref="Submission"/> (the report, or the problems
/// that refused it, with its file name and the day it was received), so that the month can tell filed from refused
/// from missing. The app decides where (a database, object storage); <see cref="InMemoryFormStore"/> serves samples
/// and tests. Implementations must be safe to call concurrently.
/// </summary>
public interface IFormStore
{
    /// <summary>Keeps a form. Every form is kept, also a later revision or a refused one: the month decides which counts.</summary>
    /// <param name="period">The month the form is for.</param>
    /// <param name="submission">The form as received.</param>
    /// <param name="cancellationToken">Stops the save.</param>
    /// <returns>A task that completes when the form is kept.</returns>
    ValueTask SaveAsync(YearMonth period, Submission submission, CancellationToken cancellationToken);

    /// <summary>The forms kept for a month, in the order they were received.</summary>
    /// <param name="period">The month.</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The forms; empty when none were received.</returns>
    ValueTask<IReadOnlyList<Submission>> ListAsync(YearMonth period, CancellationToken cancellationToken);
}
