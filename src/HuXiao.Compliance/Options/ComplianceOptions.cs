using HuXiao.Calendar;
using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// Settings for the catalogue the DI registration builds: rules switched off, the staffing preset, due dates,
/// semesters, the drills' scope and rules of your own. Mutable while configured; <see cref="Validate"/> runs when the catalogue is
/// built, and <see cref="BuildCatalogue"/> turns the settings into an immutable <see cref="RuleCatalogue"/>.
/// </summary>
public sealed class ComplianceOptions
{
    /// <summary>
    /// The campaign whose targets the catalogue judges (<see cref="RuleCatalogue.For(Campaign)"/>); default
    /// <see cref="Campaign.Zhengzhou2017"/>.
    /// </summary>
    public Campaign Campaign { get; set; } = Campaign.Zhengzhou2017;

    /// <summary>Ids of rules to switch off.</summary>
    public ISet<string> DisabledRules { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The staffing norm for rule <c>staffing-norm</c>; <see cref="StaffingPreset.Norm2015"/> by default.</summary>
    public StaffingPreset StaffingPreset { get; set; } = StaffingPreset.Norm2015;

    /// <summary>Due-date settings by rule id; a <see langword="null"/> value removes the rule's due date.</summary>
    public IDictionary<string, LocalDate?> DueDates { get; } = new Dictionary<string, LocalDate?>(StringComparer.Ordinal);

    /// <summary>The semesters for rule <c>drills-each-semester</c>; <see langword="null"/> keeps <see cref="SemesterDefaults.Zhengzhou2017"/> (ASSUMED dates).</summary>
    public IList<Semester>? Semesters { get; set; }

    /// <summary>
    /// Whom rule <c>drills-each-semester</c> counts drills for: <see cref="DrillScope.PerCampus"/> by default (a
    /// setting), or <see cref="DrillScope.PerUnit"/>, the plan's subject (二(六): 教育部门、公安机关…应急演练活动每学期不少于1次).
    /// </summary>
    public DrillScope DrillScope { get; set; } = DrillScope.PerCampus;

    /// <summary>Rules of your own, added after the built-in ones (or replacing a built-in rule with the same id).</summary>
    public IList<ComplianceRule> AdditionalRules { get; } = new List<ComplianceRule>();

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.InvalidOptions"/>, listing every problem.</exception>
    public void Validate() => _ = BuildCatalogue();

    /// <summary>Validates the settings and builds the catalogue: the built-in rules, the rules added, then the settings applied.</summary>
    /// <exception cref="ComplianceException"><see cref="ComplianceErrorCodes.InvalidOptions"/>, listing every problem.</exception>
    public RuleCatalogue BuildCatalogue()
    {
        var problems = new List<string>();
        RuleCatalogue catalogue;
        if (Campaign is null)
        {
            problems.Add("Campaign is null; keep the default (Campaign.Zhengzhou2017) or set a campaign.");
            catalogue = RuleCatalogue.Empty;
        }
        else
        {
            var targets = RuleCatalogue.CheckTargets(Campaign);
            problems.AddRange(targets.Select(p => $"Campaign {Campaign.Id}: {p}"));
            catalogue = targets.Count == 0 ? RuleCatalogue.For(Campaign) : RuleCatalogue.Empty;
        }

        foreach (var rule in AdditionalRules)
        {
            if (rule is null)
            {
                problems.Add("AdditionalRules holds a null rule.");
                continue;
            }

            catalogue = catalogue.With(rule);
        }

        if (StaffingPreset is null)
        {
            problems.Add("StaffingPreset is null; use StaffingPreset.Norm2015 or another preset.");
        }
        else if (catalogue.Find(StaffingNormRule.DefaultId) is StaffingNormRule)
        {
            catalogue = catalogue.Configure<StaffingNormRule>(StaffingNormRule.DefaultId, r => r with { Preset = StaffingPreset });
        }

        if (Semesters is not null)
        {
            try
            {
                var semesters = DrillsEachSemesterRule.CheckSemesters(Semesters);
                if (catalogue.Find(DrillsEachSemesterRule.DefaultId) is DrillsEachSemesterRule)
                {
                    catalogue = catalogue.Configure<DrillsEachSemesterRule>(DrillsEachSemesterRule.DefaultId, r => r with { Semesters = semesters });
                }
            }
            catch (ComplianceException e)
            {
                problems.Add($"Semesters: {e.Message}");
            }
        }

        if (!Enum.IsDefined(DrillScope))
        {
            problems.Add($"DrillScope {(int)DrillScope} is not a DrillScope; use DrillScope.PerCampus or DrillScope.PerUnit.");
        }
        else if (catalogue.Find(DrillsEachSemesterRule.DefaultId) is DrillsEachSemesterRule drills && drills.Scope != DrillScope)
        {
            catalogue = catalogue.Configure<DrillsEachSemesterRule>(DrillsEachSemesterRule.DefaultId, r => r with { Scope = DrillScope });
        }

        foreach (var (id, due) in DueDates)
        {
            if (!catalogue.Contains(id))
            {
                problems.Add($"DueDates names rule '{id}', which the catalogue does not hold.");
                continue;
            }

            catalogue = catalogue.WithDue(id, due, "setting (ComplianceOptions.DueDates)");
        }

        foreach (var id in DisabledRules)
        {
            if (!catalogue.Contains(id))
            {
                problems.Add($"DisabledRules names rule '{id}', which the catalogue does not hold.");
            }
        }

        if (problems.Count > 0)
        {
            var ids = string.Join(", ", catalogue.Rules.Select(r => r.Id));
            throw new ComplianceException(ComplianceErrorCodes.InvalidOptions, $"合规选项无效；合规规则为：{ids}。 The compliance options are invalid: {string.Join(" ", problems)} The compliance rules are: {ids}.");
        }

        return catalogue.Disable(DisabledRules);
    }
}
