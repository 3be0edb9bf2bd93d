
namespace HuXiao.Compliance;

/// <summary>
/// A staffing norm for security guards per campus, as data with its cited source: what it counts, and size
/// bands from zero upward. Two presets are built in (<see cref="Norm2015"/>, the default, and
/// <see cref="GbT29315_2022"/>); define a province's own with the constructor. Immutable and thread-safe.
/// </summary>
public sealed class StaffingPreset
{
    /// <summary>Creates a preset and checks that its bands cover every size from zero without overlap.</summary>
    /// <param name="id">A stable id, for example <c>norm-2015</c>.</param>
    /// <param name="name">The norm's name, in Chinese.</param>
    /// <param name="basis">What the norm counts.</param>
    /// <param name="bands">Size bands in ascending order, the first from 0 and the last without an upper end.</param>
    /// <param name="source">The cited source and how sure it is.</param>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.InvalidStaffingPreset"/>: the bands leave a gap, overlap, or do not start at 0 or run to no end.</exception>
    public StaffingPreset(string id, string name, StaffingBasis basis, IEnumerable<StaffingBand> bands, string source)
    {
        Id = Preconditions.CheckNotBlank(id);
        Name = Preconditions.CheckNotBlank(name);
        Basis = basis;
        Bands = Preconditions.CheckNotNull(bands).ToArray();
        Source = Preconditions.CheckNotBlank(source);
        var problem = Check(Bands);
        if (problem is not null)
        {
            throw new ComplianceException(ComplianceErrorCodes.InvalidStaffingPreset, $"Staffing preset '{id}' was refused: {problem}");
        }
    }

    /// <summary>
    /// 《中小学幼儿园安全防范工作规范（试行）》 (公安部、教育部, 2015, 公治〔2015〕168号), the default for the 2017
    /// campaign: by students plus staff, fewer than 100 → ≥ 1; 100 to 1000 inclusive → ≥ 2; over 1000 → 2 plus one
    /// for each full further 500 (1500 → 3, 1499 → 2). The quoted text counts the increment in students; this
    /// preset counts students plus staff throughout — a documented choice a preset can change.
    /// </summary>
    public static StaffingPreset Norm2015 { get; } = new(
        "norm-2015",
        "中小学幼儿园安全防范工作规范（试行）（2015）",
        StaffingBasis.StudentsAndStaff,
        [
            new StaffingBand { From = 0, To = 99, BaseGuards = 1 },
            new StaffingBand { From = 100, To = 1000, BaseGuards = 2 },
            new StaffingBand { From = 1001, BaseGuards = 2, StepSize = 500, StepFrom = 1000 },
        ],
        "《中小学幼儿园安全防范工作规范（试行）》(公安部、教育部, 2015, 公治〔2015〕168号), as quoted by a 2020 district education bureau notice; not checked against the primary text. Counts students plus staff throughout (the quoted increment counts students): a documented choice.");

    /// <summary>
    /// GB/T 29315-2022 《中小学、幼儿园安全防范要求》 (in force 2022-06-01): by non-boarding students, fewer than 100 →
    /// ≥ 1; 1000 or more → ≥ 3, then one more per further 500. The 100–999 band is not known here: campuses in it
    /// cannot be told.
    /// </summary>
    public static StaffingPreset GbT29315_2022 { get; } = new(
        "gbt-29315-2022",
        "GB/T 29315-2022 中小学、幼儿园安全防范要求",
        StaffingBasis.NonBoardingStudents,
        [
            new StaffingBand { From = 0, To = 99, BaseGuards = 1 },
            new StaffingBand { From = 100, To = 999, BaseGuards = null },
            new StaffingBand { From = 1000, BaseGuards = 3, StepSize = 500, StepFrom = 1000 },
        ],
        "GB/T 29315-2022 《中小学、幼儿园安全防范要求》(in force 2022-06-01), as reported in secondary sources; the 100–999 band is not known.");

    /// <summary>The built-in presets.</summary>
    public static IReadOnlyList<StaffingPreset> BuiltIn { get; } = [Norm2015, GbT29315_2022];

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The norm's name.</summary>
    public string Name { get; }

    /// <summary>What the norm counts.</summary>
    public StaffingBasis Basis { get; }

    /// <summary>The size bands, ascending.</summary>
    public IReadOnlyList<StaffingBand> Bands { get; }

    /// <summary>The cited source and how sure it is.</summary>
    public string Source { get; }

    /// <summary>The count the norm sizes a campus by.</summary>
    /// <param name="campus">The campus.</param>
    public long SizeOf(CampusRecord campus)
    {
        Preconditions.CheckNotNull(campus);
        return Basis switch
        {
            StaffingBasis.StudentsAndStaff => campus.StudentsAndStaff,
            StaffingBasis.Students => campus.Students,
            StaffingBasis.NonBoardingStudents => campus.NonBoardingStudents,
            _ => throw new InvalidOperationException($"Unknown staffing basis {Basis}."),
        };
    }

    /// <summary>The guards required at a size, or <see langword="null"/> when the norm leaves that size unknown.</summary>
    /// <param name="size">The count the norm sizes by, zero or more.</param>
    public long? Required(long size)
    {
        Preconditions.CheckNonNegative(size);
        return Bands.First(b => b.Contains(size)).Required(size);
    }

    /// <summary>The guards a campus requires, or <see langword="null"/> when the norm leaves its size unknown.</summary>
    /// <param name="campus">The campus.</param>
    public long? Required(CampusRecord campus) => Required(SizeOf(campus));

    /// <summary>The id, basis and bands, for example for the rule catalogue.</summary>
    public override string ToString() => $"{Id} (by {Basis}: {string.Join("; ", Bands)})";

    private static string? Check(IReadOnlyList<StaffingBand> bands)
    {
        if (bands.Count == 0)
        {
            return "it has no band.";
        }

        if (bands[0].From != 0)
        {
            return $"the first band starts at {bands[0].From}, not 0.";
        }

        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band is null)
            {
                return $"band #{i + 1} is null.";
            }

            if (band.BaseGuards is < 0 || band.StepSize is <= 0)
            {
                return $"band {band} has a negative guard count or a step that is not positive.";
            }

            var last = i == bands.Count - 1;
            if (last != band.To is null)
            {
                return last ? $"the last band ({band}) must run to no end." : $"band {band} has no upper end but is not last.";
            }

            if (band.To is { } to)
            {
                if (to < band.From)
                {
                    return $"band {band} ends before it starts.";
                }

                if (bands[i + 1] is { } next && next.From != to + 1)
                {
                    return $"band {next} should start at {to + 1}, right after {band}.";
                }
            }
        }

        return null;
    }
}
