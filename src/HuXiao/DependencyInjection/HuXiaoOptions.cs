using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Reporting;

namespace HuXiao;

/// <summary>
/// The settings every HuXiao package shares, for <c>AddHuXiao</c>: the form, the campaign, the semesters, the
/// consistency and compliance rules switched off, the staffing preset and the read limits. Mutable while being
/// configured (from code or from an <c>appsettings.json</c> section); validated on start with the options pattern,
/// each package's options as well. For a package's finer settings, call its own <c>AddHuXiao…(options => …)</c>.
/// </summary>
public sealed class HuXiaoOptions
{
    /// <summary>
    /// The report form; by default the campaign's (<see cref="Campaign.Form"/>, or <see cref="ReportSchema.Zhengzhou2017"/>
    /// for a campaign that defines none). Set it only for a campaign without a form: validation refuses a form that
    /// differs from the campaign's.
    /// </summary>
    public ReportSchema Schema
    {
        get => _schema ?? Campaign?.Form ?? ReportSchema.Zhengzhou2017;
        set => _schema = value;
    }

    /// <summary>
    /// The campaign, the one definition every package reads: calendar, form and consistency rules, compliance targets
    /// and units. Default <see cref="Campaign.Zhengzhou2017"/>; load another with <see cref="UseCampaignFile"/>, or give
    /// <c>Campaign</c> in configuration (a built-in id or a definition file's path).
    /// </summary>
    public Campaign Campaign { get; set; } = Campaign.Zhengzhou2017;

    /// <summary>The form set explicitly, if any.</summary>
    internal ReportSchema? ExplicitSchema => _schema;

    private ReportSchema? _schema;

    /// <summary>Loads the campaign from a definition document (as <c>huxiao campaign export</c> writes one).</summary>
    /// <param name="path">The definition file.</param>
    /// <returns>These options.</returns>
    /// <exception cref="CampaignDefinitionException">The definition has problems; each is listed with its JSON path.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public HuXiaoOptions UseCampaignFile(string path)
    {
        var problems = CampaignDefinitionCheck.Check(File.ReadAllText(path), out var campaign);
        Campaign = campaign ?? throw new CampaignDefinitionException(CalendarErrorCodes.CampaignDefinition, problems);
        return this;
    }

    /// <summary>
    /// The school semesters, for the calendar and the per-semester compliance rules alike; <see langword="null"/>
    /// keeps the campaign's (for 2017, <see cref="SemesterDefaults.Zhengzhou2017"/>: ASSUMED dates).
    /// </summary>
    public IList<Semester>? Semesters { get; set; }

    /// <summary>
    /// Codes of the form's consistency rules to switch off, such as <c>blank-cell</c> (configuration key
    /// <c>DisabledConsistencyRules</c>). A code the form does not have fails validation, naming the form's
    /// consistency rule codes.
    /// </summary>
    public ISet<string> DisabledConsistencyRules { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Ids of compliance rules to switch off, such as <c>six-officers</c> (configuration key
    /// <c>DisabledComplianceRules</c>). An id the catalogue does not hold fails validation, naming the catalogue's
    /// compliance rule ids.
    /// </summary>
    public ISet<string> DisabledComplianceRules { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The staffing norm for campus registers; default <see cref="StaffingPreset.Norm2015"/> (configuration key <c>StaffingPreset</c>: a built-in preset's id).</summary>
    public StaffingPreset StaffingPreset { get; set; } = StaffingPreset.Norm2015;

    /// <summary>
    /// The limits an Excel upload must stay within (configuration section <c>ReadLimits</c>); <see langword="null"/>
    /// (the default) keeps the Excel package's own (<see cref="ExcelReadLimits.Default"/> unless set with
    /// <c>AddHuXiaoExcel</c>).
    /// </summary>
    public ExcelReadLimits? ReadLimits { get; set; }

    /// <summary>Problems found while binding a configuration section, reported when the options are validated.</summary>
    internal List<string> ConfigurationProblems { get; } = [];
}
