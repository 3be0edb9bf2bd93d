namespace HuXiao.Compliance;

/// <summary>What a rule concludes for a subject at an as-of date. Wire names: see <see cref="ComplianceStatusNames"/>.</summary>
public enum ComplianceStatus
{
    /// <summary>The target is reached (<c>met</c>).</summary>
    Met,

    /// <summary>The target is due and the data shows it is not reached (<c>not-met</c>).</summary>
    NotMet,

    /// <summary>
    /// The data cannot settle it (<c>cannot-tell</c>): a cell is blank, the data predates the deadline, an
    /// aggregate only bounds a rate across the target, or a norm leaves a band unknown.
    /// </summary>
    CannotTell,

    /// <summary>The as-of date is on or before the due date (<c>not-due</c>).</summary>
    NotDue,

    /// <summary>The target concerns nothing in this subject, for example a rate over zero urban campuses (<c>not-applicable</c>).</summary>
    NotApplicable,
}
