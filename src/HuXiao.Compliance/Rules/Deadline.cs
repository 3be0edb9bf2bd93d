using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// How a deadline is judged (campaign-2017.md, "How a deadline is judged"), for built-in and custom rules alike:
/// "by D" means by the end of day D, so on or before D a target is not due; after D a short target is not met —
/// unless the data predates D, when it cannot be told. A target reached in older data is met.
/// </summary>
public static class Deadline
{
    /// <summary>The end of the push phase (集中攻坚), 2017-10-31: the due date of targets the source gives no date — a documented setting, not a clause (acceptance begins 2017-11-01).</summary>
    public static LocalDate PushPhaseEnd { get; } = new(2017, 10, 31);

    /// <summary>2017-05-31: the 5月底前 deadlines of 二(一)3, 二(一)4 and 二(一)5.</summary>
    public static LocalDate EndOfMay2017 { get; } = new(2017, 5, 31);

    /// <summary>2017-10-31: the 10月底前 deadline of 二(一)4 (one-touch alarm).</summary>
    public static LocalDate EndOfOctober2017 { get; } = new(2017, 10, 31);

    /// <summary>Whether a target is not yet due: the as-of date is on or before the due date.</summary>
    /// <param name="due">The due date, or <see langword="null"/> for none (never "not due").</param>
    /// <param name="asOf">The as-of date.</param>
    public static bool IsNotDue(LocalDate? due, LocalDate asOf) => due is { } d && asOf <= d;

    /// <summary>The status of a target found short once due: not-met, or cannot-tell when the data predates the deadline.</summary>
    /// <param name="due">The due date, or <see langword="null"/>.</param>
    /// <param name="dataDate">The last day the data describes.</param>
    public static (ComplianceStatus Status, FindingReason Reason) WhenShort(LocalDate? due, LocalDate dataDate)
        => due is { } d && dataDate < d
            ? (ComplianceStatus.CannotTell, FindingReason.DataPredatesDeadline)
            : (ComplianceStatus.NotMet, FindingReason.None);
}
