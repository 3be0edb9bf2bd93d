using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Compliance;

/// <summary>What every judgement knows: the subject, the period and last day its data describes, and the as-of date.</summary>
public abstract class CheckContext
{
    private protected CheckContext(OrganisationUnit subject, YearMonth period, LocalDate dataDate, LocalDate asOf)
    {
        Subject = subject;
        Period = period;
        DataDate = dataDate;
        AsOf = asOf;
    }

    /// <summary>The unit judged.</summary>
    public OrganisationUnit Subject { get; }

    /// <summary>The month the data covers.</summary>
    public YearMonth Period { get; }

    /// <summary>The last day the data describes: the end of a report's month, a register's record date.</summary>
    public LocalDate DataDate { get; }

    /// <summary>The date of the judgement (an argument: there is no ambient clock).</summary>
    public LocalDate AsOf { get; }
}
