using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.AspNetCore;

/// <summary>
/// Where the app keeps the forms units upload: each one as a <see cref="Submission"/> (the report, or the problems
/// that refused it, with its file name and the day it was received), so that the month can tell filed from refused
/// from missing. The app decides where (a database, object storage); <see cref="InMemoryFormStore"/> serves samples
/// and tests, <see cref="LedgerFormStore"/> keeps every form in the submissions ledger. Implementations must be safe to
/// call concurrently.
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

    /// <summary>
    /// Keeps a form as the upload endpoint received it, with the file's bytes and the instant it came; a store may
    /// refuse it (a ledger refuses a revision already taken, or a month closed by review). By default it is kept with
    /// <see cref="SaveAsync"/>, and the bytes are not kept.
    /// </summary>
    /// <param name="form">The form as received.</param>
    /// <param name="cancellationToken">Stops the save.</param>
    /// <returns><see langword="null"/> when the form is kept (or was kept before); otherwise why it was not, to show the sender.</returns>
    async ValueTask<InputProblem?> KeepAsync(ReceivedForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await SaveAsync(form.Period, form.Submission, cancellationToken).ConfigureAwait(false);
        return null;
    }
}
