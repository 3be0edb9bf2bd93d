using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace HuXiao.Calendar.Tests.Properties;

/// <summary>
/// A campaign built in code from FsCheck's numbers (<see cref="Choices"/>): a failing campaign shrinks toward the
/// smallest choices — earliest dates, fewest phases, milestones, indicators, targets and units.
/// </summary>
public sealed record AnyCampaign(int[] Choices, Campaign Value)
{
    public override string ToString() => $"campaign from choices [{string.Join(",", Choices.Reverse().SkipWhile(c => c == 0).Reverse())}]: {Value}";
}

/// <summary>A date within a year either side of the 2017 campaign.</summary>
public sealed record DateAround2017(LocalDate Value);

/// <summary>Two filing moments, the first not after the second, near a reporting deadline of the 2017 campaign.</summary>
public sealed record FilingMoments(YearMonth Period, Instant Earlier, Instant Later);

/// <summary>Generators for the calendar's properties.</summary>
public static class Arbitraries
{
    private static readonly string[] s_titles =
    [
        "健全完善门卫制度", "实现封闭式管理", "安装“一键式”报警装置，并接入报警平台", "隐患登记造册; 每月完善",
        "预防溺水专项宣传", "配齐保安员, 防护装备", "Report: stage\\summary", "上报阶段性工作情况和总结报告",
    ];

    private static readonly string[] s_zones = ["Asia/Shanghai", "Asia/Urumqi", "UTC", "America/New_York", "Europe/London"];

    /// <summary>How many numbers a campaign is built from; draws past them are 0, the smallest choice.</summary>
    private const int ChoiceCount = 400;

    public static Arbitrary<AnyCampaign> Campaigns()
        => Arb.From(
            Gen.ArrayOf(Gen.Choose(0, int.MaxValue), ChoiceCount).Select(choices => new AnyCampaign(choices, Create(choices))),
            ShrinkCampaign);

    /// <summary>Smaller campaigns: every choice halved, then each choice in turn set to 0.</summary>
    private static IEnumerable<AnyCampaign> ShrinkCampaign(AnyCampaign campaign)
    {
        var choices = campaign.Choices;
        if (choices.Any(c => c > 1))
        {
            var halved = choices.Select(c => c / 2).ToArray();
            yield return new AnyCampaign(halved, Create(halved));
        }

        for (var i = 0; i < choices.Length; i++)
        {
            if (choices[i] != 0)
            {
                var zeroed = (int[])choices.Clone();
                zeroed[i] = 0;
                yield return new AnyCampaign(zeroed, Create(zeroed));
            }
        }
    }

    public static Arbitrary<DateAround2017> Dates()
        => Gen.Choose(-365, 365 + 289).Select(offset => new DateAround2017(new LocalDate(2017, 4, 18).PlusDays(offset))).ToArbitrary();

    public static Arbitrary<FilingMoments> Filings()
        => (from month in Gen.Choose(0, 9)
            from a in Gen.Choose(-3 * 86_400, 3 * 86_400)
            from b in Gen.Choose(-3 * 86_400, 3 * 86_400)
            let period = new YearMonth(2017, 4).PlusMonths(month)
            let deadline = Campaign.Zhengzhou2017.GetReportingPeriod(period).Deadline
            select new FilingMoments(period, deadline.Plus(Duration.FromSeconds(Math.Min(a, b))), deadline.Plus(Duration.FromSeconds(Math.Max(a, b)))))
            .ToArbitrary();

    /// <summary>Builds a valid campaign from the choices (any numbers give a valid campaign).</summary>
    public static Campaign Create(int[] choices)
    {
        var random = new Choices(choices);
        var seed = random.Next(0, 1_000_000);
        var start = new LocalDate(2015, 1, 1).PlusDays(random.Next(0, 3650));
        var length = random.Next(30, 540);
        var end = start.PlusDays(length);
        var builder = Campaign.CreateBuilder($"c-{seed}", new BilingualText("测试专项工作" + seed, "Test campaign " + seed))
            .WithSpan(start, end)
            .WithTimeZone(s_zones[random.Next(s_zones.Length)])
            .WithMonthlyReport(new MonthlyReportRule("四(三)", random.Next(1, 29), random.Next(2) == 0 ? DueDateReading.OnOrBefore : DueDateReading.Before))
            .WithMonthToSemester(random.Next(2) == 0 ? MonthToSemesterRule.SemesterInWhichMonthEnds : MonthToSemesterRule.SemesterInWhichMonthBegins);
        if (random.Next(3) == 0)
        {
            builder.WithSource("测试〔" + seed + "〕号");
        }

        var cuts = DistinctSorted(random, random.Next(0, 5) * 2, 0, length);
        var phases = 0;
        for (var i = 0; i + 1 < cuts.Length; i += 2)
        {
            phases++;
            builder.AddPhase(new Phase(phases, new BilingualText("阶段" + phases, "Phase " + phases), new DateInterval(start.PlusDays(cuts[i]), start.PlusDays(cuts[i + 1])), phases + "月"));
        }

        var semesterCuts = DistinctSorted(random, random.Next(0, 3) * 2, -120, length + 120);
        var semesterIds = new List<string>();
        for (var i = 0; i + 1 < semesterCuts.Length; i += 2)
        {
            var id = $"s-{i / 2}";
            semesterIds.Add(id);
            builder.AddSemester(new Semester(id, new BilingualText("学期" + i, "Semester " + i), new DateInterval(start.PlusDays(semesterCuts[i]), start.PlusDays(semesterCuts[i + 1])), random.Next(2) == 0, "test source"));
        }

        var milestones = random.Next(0, 7);
        for (var i = 0; i < milestones; i++)
        {
            var due = random.Next(4) switch
            {
                0 when semesterIds.Count > 0 => MilestoneDue.AtEndOfSemester(semesterIds[random.Next(semesterIds.Count)]),
                1 when phases > 0 => MilestoneDue.AtEndOfPhase(random.Next(1, phases + 1)),
                _ => MilestoneDue.On(start.PlusDays(random.Next(0, length + 1))),
            };
            var indicators = Enumerable.Range(0, random.Next(0, 3)).Select(_ => $"A{random.Next(1, 20):00}").ToArray();
            builder.AddMilestone(
                $"m-{i}",
                new BilingualText(s_titles[random.Next(s_titles.Length)], "Title " + i),
                new BilingualText("要求" + i, "Requirement " + i),
                "二(一)" + random.Next(1, 6),
                new BilingualText("所有学校", "All schools"),
                due,
                indicators,
                indicators.Length > 0 && random.Next(2) == 0 ? indicators[0] + " = A01" : null);
        }

        if (random.Next(2) == 0)
        {
            AddFormTargetsAndUnits(builder, random, seed, start, length, phases, milestones);
        }

        if (random.Next(2) == 0)
        {
            builder.AddObligation(new RecurringObligation("visits", ObligationKind.LiaisonVisit, ObligationFrequency.Monthly, random.Next(1, 4), "二(七)",
                new BilingualText("每月到校", "Visits"), new BilingualText("市管学校", "City schools"), random.Next(2) == 0 ? null : random.Next(1, 100)));
        }

        return builder.Build();
    }

    /// <summary>The parts of a definition beyond dates: a form of 20 indicators with its rules, targets (some named by milestones) and units.</summary>
    private static void AddFormTargetsAndUnits(CampaignBuilder builder, Choices random, int seed, LocalDate start, int length, int phases, int milestones)
    {
        var form = ReportSchema.CreateBuilder($"f-{seed}", random.Next(1, 4)).WithTitle("测试报表" + seed).AddTable("A", "表一");
        for (var n = 1; n <= 20; n++)
        {
            if (n == 11)
            {
                form.AddTable("B", "表二");
            }

            form.AddIndicator($"A{n:00}", "指标“" + n + "”", "indicator " + n, n % 3 == 0 ? "分组" + (n / 6) : null, n % 2 == 0 ? "所" : "次", n % 2 == 0 ? IndicatorKind.Stock : IndicatorKind.Flow);
        }

        var indicators = form.Build().Indicators;
        form.AddRule(new NonNegativeRule(indicators));
        if (random.Next(2) == 0)
        {
            form.AddRule(new AtMostRule("within-" + seed, random.Next(2) == 0 ? FindingSeverity.Error : FindingSeverity.Warning, [("A04", "A02"), ("A08", "A02")], [ReportRow.Total], "不超过", "At most"));
        }

        if (random.Next(2) == 0)
        {
            form.AddRule(new SumEqualsRule("sum-" + seed, FindingSeverity.Error, "A02", ["A04", "A06"], [ReportRow.New, ReportRow.Total], "求和", "Sum"));
        }

        if (random.Next(2) == 0)
        {
            form.AddRule(new TotalChainRule(indicators.Select(i => i.Code)));
        }

        builder.WithReportSchema(form.Build());

        var targets = new List<string>();
        for (var i = 0; i < random.Next(0, 4); i++)
        {
            var id = $"t-{i}";
            targets.Add(id);
            var due = random.Next(3) switch
            {
                0 => null,
                1 when phases > 0 => MilestoneDue.AtEndOfPhase(random.Next(1, phases + 1)),
                _ => MilestoneDue.On(start.PlusDays(random.Next(0, length + 1))),
            };
            var parameters = random.Next(2) == 0
                ? new Dictionary<string, string> { ["covered"] = $"A{2 * random.Next(2, 10):00}", ["of"] = "A02" }
                : new Dictionary<string, string> { ["met"] = "A04", ["subset"] = "A06", ["rest"] = "A08", ["atLeast"] = "0." + random.Next(50, 100), ["note"] = "测试 “" + i + "”" };
            builder.AddTarget(new CampaignTarget(id, new BilingualText("目标" + i, "Target " + i), "二(一)" + i, parameters.ContainsKey("covered") ? "coverage" : "subsetRate", due, random.Next(2) == 0 ? null : "setting " + i, parameters));
        }

        if (milestones > 0 && targets.Count > 0)
        {
            builder.SetMilestoneTargets("m-0", targets.Take(random.Next(1, targets.Count + 1)));
        }

        var units = UnitHierarchy.CreateBuilder(new OrganisationUnit("100000", "市局", ["市"]));
        for (var i = 1; i <= random.Next(1, 5); i++)
        {
            units.Add(new OrganisationUnit($"1000{i:00}", "分局" + i), "100000");
        }

        builder.WithUnits(units.Build());
    }

    private static int[] DistinctSorted(Choices random, int count, int min, int max)
        => Enumerable.Range(0, count).Select(_ => random.Next(min, max + 1)).Distinct().Order().ToArray();
}
