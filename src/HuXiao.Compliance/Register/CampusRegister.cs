using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// An integrator's per-campus data for one unit, as at a record date: what per-campus rules (staffing, drills,
/// liaison visits, six officers, boarding duty) and the exact urban rate are judged on. It sums into all 19
/// figures of Table A (<see cref="ToReport"/>), so the register and the report always agree.
/// Immutable and thread-safe.
/// </summary>
public sealed class CampusRegister
{
    /// <summary>Creates a register and checks it.</summary>
    /// <param name="unit">The unit the campuses belong to (a district's police organ, say).</param>
    /// <param name="recordedOn">The date the data is as at; a target short in data recorded before its due date cannot be told.</param>
    /// <param name="campuses">The campuses; codes must be unique.</param>
    /// <exception cref="ComplianceException">
    /// <see cref="ComplianceErrorCodes.InvalidRegister"/>: a code repeats or is empty, a count is negative, certified
    /// guards exceed guards, a campus is marked fully equipped with no item or with cameras at the gate and no camera.
    /// Every problem is listed.
    /// </exception>
    public CampusRegister(OrganisationUnit unit, LocalDate recordedOn, IEnumerable<CampusRecord> campuses)
    {
        Unit = Preconditions.CheckNotNull(unit);
        RecordedOn = recordedOn;
        Campuses = Preconditions.CheckNotNull(campuses).ToArray();
        var problems = Validate(Campuses);
        if (problems.Count > 0)
        {
            throw new ComplianceException(ComplianceErrorCodes.InvalidRegister, $"The register of {unit} was refused: {string.Join(" ", problems.Take(20))}{(problems.Count > 20 ? $" (and {problems.Count - 20} more)" : string.Empty)}");
        }
    }

    /// <summary>The unit the campuses belong to.</summary>
    public OrganisationUnit Unit { get; }

    /// <summary>The date the data is as at.</summary>
    public LocalDate RecordedOn { get; }

    /// <summary>The campuses, in the order given.</summary>
    public IReadOnlyList<CampusRecord> Campuses { get; }

    /// <summary>The month of <see cref="RecordedOn"/>: the period of <see cref="ToReport"/> by default.</summary>
    public YearMonth Period => RecordedOn.ToYearMonth();

    /// <summary>A Table A figure (A01–A19) summed over the campuses: a count of flags or a sum of counts.</summary>
    /// <param name="code">An indicator code from A01 to A19.</param>
    /// <exception cref="KeyNotFoundException">The code is not one of A01–A19.</exception>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.ArithmeticOverflow"/>: a sum went past the 64-bit range.</exception>
    public long Total(string code)
    {
        try
        {
            if (TableAMapping.CampusCounts.TryGetValue(code, out var predicate))
            {
                return Campuses.LongCount(predicate);
            }

            if (TableAMapping.Sums.TryGetValue(code, out var selector))
            {
                long sum = 0;
                foreach (var campus in Campuses)
                {
                    sum = checked(sum + selector(campus));
                }

                return sum;
            }
        }
        catch (OverflowException e)
        {
            throw new ComplianceException(ComplianceErrorCodes.ArithmeticOverflow, $"The sum of {code} over the register of {Unit} went past the 64-bit range.", e);
        }

        throw new KeyNotFoundException($"'{code}' is not a Table A indicator (A01–A19).");
    }

    /// <summary>
    /// The urban tech-defence rate exactly: urban campuses meeting the national standard over urban campuses.
    /// </summary>
    /// <returns>The rate, or <see langword="null"/> when the register has no urban campus.</returns>
    public Ratio? UrbanRate()
    {
        var urban = Campuses.LongCount(c => c.Location == CampusLocation.Urban);
        return urban == 0 ? null : new Ratio(Campuses.LongCount(c => c.Location == CampusLocation.Urban && c.MeetsNationalStandard), urban);
    }

    /// <summary>
    /// The register as a monthly report: every Table A 合计 (A01–A19) filled from the campuses; the 新增 row and
    /// Tables B and C are left blank, since a register is a snapshot, not a month's activity.
    /// </summary>
    /// <remarks>
    /// A report describes the end of its month, while a register is judged as at <see cref="RecordedOn"/>: the two
    /// judgements agree when the register is recorded on its month's last day. Before a deadline, a register
    /// recorded earlier in the deadline's month cannot tell where its summary report would say not-met.
    /// </remarks>
    /// <param name="period">The report's month; by default <see cref="Period"/>.</param>
    /// <param name="schema">The form; by default <see cref="ReportSchema.Zhengzhou2017"/>. It must define A01–A19.</param>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.MissingIndicator"/>: the form lacks one of A01–A19.</exception>
    public MonthlyReport ToReport(YearMonth? period = null, ReportSchema? schema = null)
    {
        schema ??= ReportSchema.Zhengzhou2017;
        var builder = MonthlyReport.CreateBuilder(schema, Unit, period ?? Period);
        foreach (var code in TableAMapping.Codes)
        {
            if (!schema.TryGetIndicator(code, out _))
            {
                throw new ComplianceException(ComplianceErrorCodes.MissingIndicator, $"Form {schema} has no indicator {code}; a register sums into Table A (A01–A19) and needs all of them.");
            }

            builder.SetTotal(code, Total(code));
        }

        return builder.Build();
    }

    /// <summary>The unit, record date and number of campuses.</summary>
    public override string ToString() => $"{Unit} register as at {RecordedOn:uuuu-MM-dd}: {Campuses.Count} campuses";

    private static List<string> Validate(IReadOnlyList<CampusRecord> campuses)
    {
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < campuses.Count; i++)
        {
            var c = campuses[i];
            if (c is null)
            {
                problems.Add($"Campus #{i + 1} is null.");
                continue;
            }

            var where = $"Campus #{i + 1} ({c.Code})";
            if (string.IsNullOrWhiteSpace(c.Code))
            {
                problems.Add($"Campus #{i + 1} has no code.");
            }
            else if (!seen.Add(c.Code))
            {
                problems.Add($"{where}: the code appears twice; give each campus its own code.");
            }

            foreach (var (name, value) in new (string, long)[]
            {
                ("BoardingStudents", c.BoardingStudents), ("NonBoardingStudents", c.NonBoardingStudents), ("Staff", c.Staff),
                ("Guards", c.Guards), ("CertifiedGuards", c.CertifiedGuards), ("SecurityStaff", c.SecurityStaff),
                ("ProtectiveEquipmentItems", c.ProtectiveEquipmentItems), ("Cameras", c.Cameras), ("DormitoryManagers", c.DormitoryManagers),
            })
            {
                if (value < 0)
                {
                    problems.Add($"{where}: {name} is {value}; a count cannot be negative.");
                }
            }

            if (c.CertifiedGuards > c.Guards)
            {
                problems.Add($"{where}: {c.CertifiedGuards} certified guards but only {c.Guards} guards.");
            }

            if (c.ProtectiveEquipmentComplete && c.ProtectiveEquipmentItems == 0)
            {
                problems.Add($"{where}: marked fully equipped with no protective equipment item (A09 ≥ A10 would fail).");
            }

            if (c.CamerasAtGate && c.Cameras == 0)
            {
                problems.Add($"{where}: marked with cameras at the gate but no camera (A15 ≥ A16 would fail).");
            }

            if (c.DrillDates is null || c.LiaisonVisitDates is null)
            {
                problems.Add($"{where}: drill or visit dates are null; use an empty list.");
            }

            try
            {
                _ = c.StudentsAndStaff;
            }
            catch (OverflowException)
            {
                problems.Add($"{where}: students plus staff go past the 64-bit range.");
            }
        }

        return problems;
    }
}
