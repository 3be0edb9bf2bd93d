namespace HuXiao.Reporting;

/// <summary>How serious a finding is (<see cref="Finding.Severity"/>).</summary>
public enum FindingSeverity
{
    /// <summary>Suspicious, worth a look; the report can still be right. A compliance target that cannot be told yet.</summary>
    Warning,

    /// <summary>The report cannot be right as it stands; an input refused; a target not met.</summary>
    Error,

    /// <summary>Nothing to fix: a target met or not yet due, a revision superseded, a note.</summary>
    Information,
}
