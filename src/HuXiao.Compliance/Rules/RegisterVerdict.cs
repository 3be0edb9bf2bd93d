using NodaTime;

namespace HuXiao.Compliance;

/// <summary>The overall status of a per-campus rule with one due date.</summary>
internal static class RegisterVerdict
{
    internal static (ComplianceStatus, FindingReason) Combine(LocalDate? due, CheckContext context, int concerned, int notMet, int cannotTell, FindingReason cannotTellReason)
    {
        if (Deadline.IsNotDue(due, context.AsOf))
        {
            return (ComplianceStatus.NotDue, FindingReason.NotYetDue);
        }

        if (concerned == 0)
        {
            return (ComplianceStatus.NotApplicable, FindingReason.NoSubject);
        }

        if (notMet > 0)
        {
            return Deadline.WhenShort(due, context.DataDate);
        }

        return cannotTell > 0 ? (ComplianceStatus.CannotTell, cannotTellReason) : (ComplianceStatus.Met, FindingReason.None);
    }

    /// <summary>The status shown for a campus found short, consistent with the overall status.</summary>
    internal static ComplianceStatus ShortCampusStatus(ComplianceStatus overall) => overall switch
    {
        ComplianceStatus.NotDue => ComplianceStatus.NotDue,
        ComplianceStatus.NotMet => ComplianceStatus.NotMet,
        _ => ComplianceStatus.CannotTell,
    };
}
