namespace HuXiao.Reporting.Validation;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Suspicious, worth a look; the report can still be right.</summary>
    Warning,

    /// <summary>The report cannot be right as it stands.</summary>
    Error,
}
