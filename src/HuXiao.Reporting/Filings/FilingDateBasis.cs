namespace HuXiao.Reporting;

/// <summary>Which date a unit's lateness was judged on.</summary>
public enum FilingDateBasis
{
    /// <summary>No date to judge by (nothing received, or neither a received date nor a date on the form): neither late nor on time is said.</summary>
    None = 0,

    /// <summary>The date the office received the form (<see cref="Submission.ReceivedOn"/>).</summary>
    Received = 1,

    /// <summary>The date printed on the form (<see cref="ReportFiling.FiledOn"/>), as no received date was given.</summary>
    FormDate = 2,
}
