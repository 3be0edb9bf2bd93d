using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Reporting;

namespace HuXiao;

/// <summary>
/// The settings every HuXiao package shares, for <c>AddHuXiao</c>: the form, the campaign, the semesters, the
/// rules switched off and the staffing preset. Mutable while being configured; validated when the services are
/// first built. For a package's finer settings, call its own <c>AddHuXiao…(options => …)</c> as well.
/// </summary>
public sealed class HuXiaoOptions
{
    /// <summary>The report form; default <see cref="ReportSchema.Zhengzhou2017"/>.</summary>
    public ReportSchema Schema { get; set; } = ReportSchema.Zhengzhou2017;

    /// <summary>The campaign; default <see cref="Campaign.Zhengzhou2017"/>.</summary>
    public Campaign Campaign { get; set; } = Campaign.Zhengzhou2017;

    /// <summary>
    /// The school semesters, for the calendar and the per-semester compliance rules alike; <see langword="null"/>
    /// keeps the campaign's (for 2017, <see cref="SemesterDefaults.Zhengzhou2017"/>: ASSUMED dates).
    /// </summary>
    public IList<Semester>? Semesters { get; set; }

    /// <summary>
    /// Rules to switch off: consistency-rule codes of the form (such as <c>blank-cell</c>) and compliance rule ids
    /// (such as <c>urban-tech-defence-rate</c>). A code that names neither is refused when the services are built.
    /// </summary>
    public ISet<string> DisabledRules { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The staffing norm for campus registers; default <see cref="StaffingPreset.Norm2015"/>.</summary>
    public StaffingPreset StaffingPreset { get; set; } = StaffingPreset.Norm2015;
}
