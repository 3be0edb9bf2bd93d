using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// One window of a recurring obligation inside a campaign: a month, or the part of a semester that lies in the
/// campaign. Immutable and thread-safe.
/// </summary>
/// <param name="Obligation">The obligation.</param>
/// <param name="Dates">The days of the window that lie in the campaign, both ends inclusive.</param>
/// <param name="Month">The month, for a monthly obligation; otherwise null.</param>
/// <param name="Semester">The semester, for a per-semester obligation; otherwise null.</param>
public sealed record ObligationWindow(RecurringObligation Obligation, DateInterval Dates, YearMonth? Month, Semester? Semester);
