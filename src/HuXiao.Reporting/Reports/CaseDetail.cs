using NodaTime;

namespace HuXiao.Reporting;

/// <summary>
/// One specific case behind a count, as the form's note asks (打击涉校违法犯罪和防范案事件情况，要报送具体情况):
/// which indicator it stands behind, when, where, and what happened. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// There is deliberately no field for a person's name, ID number or address: the form carries counts, and the
/// summary should describe the case, not identify the people in it.
/// </remarks>
public sealed record CaseDetail
{
    /// <summary>Creates a case detail.</summary>
    /// <param name="indicatorCode">The indicator the case is counted in, for example <c>B17</c>.</param>
    /// <param name="date">When it happened, if known.</param>
    /// <param name="place">Where, for example the campus or road.</param>
    /// <param name="summary">What happened.</param>
    /// <exception cref="ArgumentException">The indicator code is empty.</exception>
    public CaseDetail(string indicatorCode, LocalDate? date, string place, string summary)
    {
        IndicatorCode = Preconditions.CheckNotBlank(indicatorCode).Trim();
        Date = date;
        Place = place ?? string.Empty;
        Summary = summary ?? string.Empty;
    }

    /// <summary>The indicator the case is counted in.</summary>
    public string IndicatorCode { get; }

    /// <summary>When it happened, if known.</summary>
    public LocalDate? Date { get; }

    /// <summary>Where it happened.</summary>
    public string Place { get; }

    /// <summary>What happened.</summary>
    public string Summary { get; }
}
