namespace HuXiao.Compliance;

/// <summary>A rule that judges a monthly report (an aggregate or a unit's own) at an as-of date.</summary>
public interface IReportRule
{
    /// <summary>Judges one report. Never throws for data that falls short or is blank: that is a finding.</summary>
    /// <param name="context">The report, its units' reports where known, and the as-of date.</param>
    /// <returns>The finding.</returns>
    ComplianceFinding Judge(ReportCheckContext context);
}
