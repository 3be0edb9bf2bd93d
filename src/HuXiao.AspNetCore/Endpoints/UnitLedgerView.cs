using HuXiao.Ledger;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.AspNetCore.Endpoints;

/// <summary>A unit's month in the ledger as the endpoints write it: every form filed, its review state and last review, and the reopenings.</summary>
internal sealed record UnitLedgerView(
    OrganisationUnit Unit,
    YearMonth Period,
    string? Current,
    string? State,
    bool Closed,
    IReadOnlyList<FiledFormView> Forms,
    IReadOnlyList<ReopeningView> Reopenings)
{
    internal static UnitLedgerView Of(OrganisationUnit unit, UnitLedger month)
        => new(
            unit,
            month.Period,
            month.Current?.Hash.ToString(),
            month.State is { } state ? WireName(state) : null,
            month.IsClosed,
            month.Forms.Select(f => new FiledFormView(
                f.Hash.ToString(),
                f.FileName,
                f.Length,
                f.Revision,
                f.ReceivedAt,
                f.Channel,
                WireName(month.StateOf(f)),
                f.Reading.Problems,
                month.LastReviewOf(f) is { } r ? new ReviewView(r.Verdict == ReviewVerdict.Accepted ? "accepted" : "returned", r.Role, r.Reasons, r.RecordedAt) : null)).ToArray(),
            month.Events.OfType<Reopening>().Select(r => new ReopeningView(r.Role, r.Reason, r.RecordedAt)).ToArray());

    /// <summary>The wire name of a review state: <c>pending</c>, <c>accepted</c>, <c>returned</c>, <c>not-reviewable</c>.</summary>
    internal static string WireName(ReviewState state) => state switch
    {
        ReviewState.Pending => "pending",
        ReviewState.Accepted => "accepted",
        ReviewState.Returned => "returned",
        ReviewState.NotReviewable => "not-reviewable",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown review state."),
    };
}

/// <summary>One filed form: its hash, file, revision, receipt, channel, review state, the problems that refused it, and its last review.</summary>
internal sealed record FiledFormView(string Hash, string FileName, long Length, int? Revision, Instant ReceivedAt, string Channel, string State, IReadOnlyList<InputProblem> Problems, ReviewView? Review);

/// <summary>A review: the verdict, by which role, why, and when.</summary>
internal sealed record ReviewView(string Verdict, string Role, IReadOnlyList<string> Reasons, Instant RecordedAt);

/// <summary>A reopening: by which role, why, and when.</summary>
internal sealed record ReopeningView(string Role, string Reason, Instant RecordedAt);
