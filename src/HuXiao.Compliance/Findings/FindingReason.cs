namespace HuXiao.Compliance;

/// <summary>Why a finding has its status, where more than the figures is needed to say so.</summary>
public enum FindingReason
{
    /// <summary>The figures speak for themselves.</summary>
    None,

    /// <summary>The as-of date is on or before the due date.</summary>
    NotYetDue,

    /// <summary>The target is short in data whose period ends before the due date: the data predates the deadline.</summary>
    DataPredatesDeadline,

    /// <summary>An input cell is blank (or, in a roll-up, some units left it blank).</summary>
    BlankCell,

    /// <summary>The report's form has no indicator the rule needs.</summary>
    MissingIndicator,

    /// <summary>An input is negative, which no count can be; validate the report first.</summary>
    InvalidValue,

    /// <summary>A rate's bounds straddle the target: an aggregate cannot settle it.</summary>
    BoundsStraddleTarget,

    /// <summary>The staffing preset leaves this size band unknown.</summary>
    UnknownNormBand,

    /// <summary>Nothing in the subject falls under the rule (no urban campus, no boarding campus, no city-managed school).</summary>
    NoSubject,

    /// <summary>
    /// The total lacks units (they did not file, or their forms were refused), and the missing units could change the
    /// verdict: "partial: N of M units" (<see cref="ComplianceFinding.Coverage"/> names them).
    /// </summary>
    PartialCoverage,
}
