using System.Globalization;
using HuXiao.Calendar;
using HuXiao.Reporting;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Compliance;

/// <summary>
/// Turns a campaign's targets (<see cref="Campaign.Targets"/>, the definition's <c>"targets"</c>) into the rules
/// that judge them: the definition is the one source of every id, title, clause, due date and parameter.
/// </summary>
internal static class TargetInterpreter
{
    /// <summary>The kinds a target may have.</summary>
    internal static IReadOnlyList<string> Kinds { get; } =
        ["coverage", "subsetRate", "staffingNorm", "guardsCertified", "boardingDuty", "drillsEachSemester", "sixOfficers", "liaisonVisits"];

    internal static IReadOnlyList<ComplianceRule> Rules(Campaign campaign, ICollection<DefinitionProblem> problems)
    {
        var rules = new List<ComplianceRule>(campaign.Targets.Count);
        for (var i = 0; i < campaign.Targets.Count; i++)
        {
            var target = campaign.Targets[i];
            var path = $"$.targets[{i}]";
            var before = problems.Count;
            var rule = Interpret(target, path, problems);
            if (rule is not null && problems.Count == before)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static ComplianceRule? Interpret(CampaignTarget target, string path, ICollection<DefinitionProblem> problems)
    {
        var zh = target.Title.Chinese;
        var en = target.Title.English;
        ComplianceRule? rule = target.Kind switch
        {
            "coverage" => Coverage(target, path, problems),
            "subsetRate" => SubsetRate(target, path, problems),
            "staffingNorm" => new StaffingNormRule(),
            "guardsCertified" => new GuardsCertifiedRule(),
            "boardingDuty" => new BoardingDutyRule
            {
                MinimumGuards = Count(target, "minimumGuards", 1, path, problems),
                MinimumDormitoryManagers = Count(target, "minimumDormitoryManagers", 1, path, problems),
            },
            "drillsEachSemester" => new DrillsEachSemesterRule { MinimumPerSemester = Count(target, "minimumPerSemester", 1, path, problems) },
            "sixOfficers" => new SixOfficersRule(),
            "liaisonVisits" => Liaison(target, path, problems),
            _ => null,
        };
        if (rule is null)
        {
            if (!Kinds.Contains(target.Kind))
            {
                Fail(problems, path + ".kind", $"目标类型 '{target.Kind}' 未知；可用：{string.Join(", ", Kinds)}。", $"'{target.Kind}' is not a kind of target; use one of {string.Join(", ", Kinds)}.");
            }

            return null;
        }

        rule = rule with { Id = target.Id, Title = zh, EnglishTitle = en, Source = target.Clause };
        if (target.Due is not null)
        {
            rule = rule with { Due = target.DueDate };
        }

        if (target.DueSource is { } dueSource)
        {
            rule = rule with { DueSource = dueSource };
        }

        return rule;
    }

    private static ReportTargetRule? Coverage(CampaignTarget target, string path, ICollection<DefinitionProblem> problems)
    {
        var covered = Required(target, "covered", path, problems);
        var of = Required(target, "of", path, problems);
        return covered is null || of is null
            ? null
            : new ReportTargetRule(target.Id, target.Title.Chinese, target.Title.English, target.Clause, covered, of, target.DueDate, target.DueSource ?? string.Empty);
    }

    private static UrbanTechDefenceRateRule? SubsetRate(CampaignTarget target, string path, ICollection<DefinitionProblem> problems)
    {
        var met = Required(target, "met", path, problems);
        var subset = Required(target, "subset", path, problems);
        var rest = Required(target, "rest", path, problems);
        var atLeast = Required(target, "atLeast", path, problems);
        if (met is null || subset is null || rest is null || atLeast is null)
        {
            return null;
        }

        // The rate rule judges registers by campus type (urban/rural), which is what A18/A02/A03 count on the
        // Zhengzhou form; another triple would be judged against the wrong register columns, so it is refused.
        if ((met, subset, rest) != ("A18", "A02", "A03"))
        {
            Fail(problems, path, "subsetRate 目前只能判定 met=A18、subset=A02、rest=A03（城市校园达标率）。", "subsetRate can only judge met = A18, subset = A02, rest = A03 (the urban tech-defence rate) for now: the register check reads campuses by urban/rural type.");
            return null;
        }

        if (!decimal.TryParse(atLeast, NumberStyles.Number, CultureInfo.InvariantCulture, out var share) || share is < 0 or > 1)
        {
            Fail(problems, path + ".atLeast", $"'{atLeast}' 应为 0 到 1 之间的比例。", $"'{atLeast}' must be a share between 0 and 1, such as 0.85.");
            return null;
        }

        var scale = 1L;
        while (decimal.Truncate(share * scale) != share * scale)
        {
            scale *= 10;
        }

        return new UrbanTechDefenceRateRule { Target = new Ratio((long)(share * scale), scale == 1 ? 1 : scale) };
    }

    private static LiaisonVisitsRule? Liaison(CampaignTarget target, string path, ICollection<DefinitionProblem> problems)
    {
        var first = Month(target, "firstMonth", path, problems);
        var last = Month(target, "lastMonth", path, problems);
        if (first is null || last is null)
        {
            return null;
        }

        return new LiaisonVisitsRule { MinimumPerMonth = Count(target, "minimumPerMonth", 2, path, problems), FirstMonth = first.Value, LastMonth = last.Value };
    }

    private static long Count(CampaignTarget target, string key, long fallback, string path, ICollection<DefinitionProblem> problems)
    {
        if (!target.Parameters.TryGetValue(key, out var text))
        {
            return fallback;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        Fail(problems, path + "." + key, $"'{text}' 应为正整数。", $"'{text}' must be a whole number of at least 1.");
        return fallback;
    }

    private static YearMonth? Month(CampaignTarget target, string key, string path, ICollection<DefinitionProblem> problems)
    {
        if (Required(target, key, path, problems) is not { } text)
        {
            return null;
        }

        var result = YearMonthPattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Fail(problems, path + "." + key, $"'{text}' 应为 YYYY-MM 形式的月份。", $"'{text}' is not a month of the form YYYY-MM.");
        return null;
    }

    private static string? Required(CampaignTarget target, string key, string path, ICollection<DefinitionProblem> problems)
    {
        if (target.Parameters.TryGetValue(key, out var value))
        {
            return value;
        }

        Fail(problems, path + "." + key, $"{target.Kind} 类目标缺少参数 {key}。", $"is missing: a {target.Kind} target needs it.");
        return null;
    }

    private static void Fail(ICollection<DefinitionProblem> problems, string path, string chinese, string english)
        => problems.Add(new DefinitionProblem(CampaignErrorCodes.InvalidValue, path, new BilingualText(chinese, english)));
}
