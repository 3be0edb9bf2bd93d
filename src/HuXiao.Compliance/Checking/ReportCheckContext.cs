using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// A report to judge at a date, with the units' own reports where they are at hand (for tighter rate bounds and
/// to tell a roll-up's partly blank cells). Immutable.
/// </summary>
public sealed class ReportCheckContext : CheckContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="report">The report judged.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <param name="unitReports">The reports of the units the report combines, if at hand; same form and period.</param>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.UnitReportsMismatch"/>: a unit report is of another form or period.</exception>
    public ReportCheckContext(MonthlyReport report, LocalDate asOf, IEnumerable<MonthlyReport>? unitReports = null)
        : base(Preconditions.CheckNotNull(report).Unit, report.Period, Dates.LastDay(report.Period), asOf)
    {
        Report = report;
        UnitReports = unitReports?.ToArray() ?? [];
        foreach (var unit in UnitReports)
        {
            Preconditions.CheckNotNull(unit, nameof(unitReports));
            if (!unit.Schema.IsSameForm(report.Schema) || unit.Period != report.Period)
            {
                throw new ComplianceException(ComplianceErrorCodes.UnitReportsMismatch, $"Unit report {unit} ({unit.Schema}, {unit.Period:uuuu-MM}) does not belong to report {report} ({report.Schema}, {report.Period:uuuu-MM}). Give the reports the judged report combines.");
            }
        }
    }

    /// <summary>The report judged.</summary>
    public MonthlyReport Report { get; }

    /// <summary>The units' own reports; empty when not at hand.</summary>
    public IReadOnlyList<MonthlyReport> UnitReports { get; }

    /// <summary>
    /// Reads a 合计. A cell is unusable when the form lacks the indicator, when it is blank, when some of the
    /// units' reports left it blank (a roll-up's sum would be partial), or when it is negative.
    /// </summary>
    /// <param name="code">The indicator code.</param>
    public CellReading Read(string code) => Read(Report, code, UnitReports);

    /// <summary>Reads a 合计 of one report alone (for example a unit's, when summing units' bounds).</summary>
    /// <param name="report">The report.</param>
    /// <param name="code">The indicator code.</param>
    public static CellReading ReadOne(MonthlyReport report, string code) => Read(Preconditions.CheckNotNull(report), code, []);

    private static CellReading Read(MonthlyReport report, string code, IReadOnlyList<MonthlyReport> units)
    {
        if (!report.Schema.TryGetIndicator(code, out var indicator))
        {
            return new CellReading(code, null, FindingReason.MissingIndicator, []);
        }

        var value = report[indicator, ReportRow.Total];
        var blankUnits = units.Where(u => u[indicator, ReportRow.Total] is null).Select(u => u.Unit.Code).ToArray();
        if (value is null)
        {
            return new CellReading(code, null, FindingReason.BlankCell, blankUnits);
        }

        if (blankUnits.Length > 0)
        {
            return new CellReading(code, null, FindingReason.BlankCell, blankUnits);
        }

        return value < 0
            ? new CellReading(code, value, FindingReason.InvalidValue, [])
            : new CellReading(code, value, FindingReason.None, []);
    }
}
