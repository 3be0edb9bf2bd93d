using FsCheck;
using FsCheck.Fluent;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting.Tests.Validation;

/// <summary>
/// Each rule's batch screen (<see cref="ConsistencyRule.Screen"/>) against its <see cref="ConsistencyRule.Check"/>, rule
/// by rule, over reports drawn to hit that rule: a consistent report with a few of the rule's cells changed (blank,
/// small, negative, at the edges of the 64-bit range), last month's 合计 chaining or not, case details as many as the
/// 新增 or a few off. The screen never says no where the rule finds something; and where the rule's cells are all
/// filled, it says yes only where the rule finds something.
/// </summary>
public class RuleScreenProperties
{
    private static readonly ReportSchema Form = Generators.Schema;

    public static TheoryData<string> RuleCodes => [.. Form.Rules.Select(r => r.Code)];

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void The_screen_never_says_no_where_the_rule_finds_something(string code)
    {
        var rule = Form.Rules.Single(r => r.Code == code);
        var found = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Cases(rule), spec =>
        {
            var (findings, mayFind, _) = Screen(rule, spec);
            found += findings > 0 ? 1 : 0;
            return (findings == 0 || mayFind).Label($"{findings} finding(s), but the screen said no");
        }));

        // The reports drawn do hit the rule, so the law is not empty.
        Assert.True(found >= 30, $"Only {found} of 300 drawn reports gave a finding of {code}.");
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void Where_the_rule_cells_are_filled_the_screen_says_yes_only_where_the_rule_finds_something(string code)
    {
        var rule = Form.Rules.Single(r => r.Code == code);
        var clean = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Cases(rule), spec =>
        {
            var (findings, mayFind, allFilled) = Screen(rule, spec);
            clean += findings == 0 && allFilled ? 1 : 0;
            return (!allFilled || findings > 0 || !mayFind).Label("no finding, every cell filled, but the screen said yes");
        }));

        Assert.True(clean >= 10, $"Only {clean} of 300 drawn reports were clean for {code}.");
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void Every_finding_names_its_cells_and_their_values_in_both_languages(string code)
    {
        var rule = Form.Rules.Single(r => r.Code == code);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Cases(rule), spec =>
        {
            var (report, previous) = Build(rule, spec);
            var problems = RuleSet.Create(Form, [rule]).Validate(report, previous).Findings.SelectMany(f => Speaks(rule, report, f)).ToList();
            return (problems.Count == 0).Label(string.Join("\n", problems));
        }));
    }

    [Fact]
    public void Every_built_in_rule_brings_its_own_screen()
    {
        // A rule without a screen of its own sends every report down the slow path: correct, but a new built-in rule
        // must write its screen beside its Check.
        foreach (var rule in Form.Rules)
        {
            var ordinals = rule.Indicators.Select(c => Form[c].Ordinal).ToArray();
            Assert.NotSame(BatchRuleFilter.Always, rule.Screen(ordinals, Form));
        }
    }

    [Fact]
    public void A_case_count_of_zero_with_details_attached_passes_the_screen()
    {
        // B17 counts cases (起): 新增 0 with one detail is one detail too many, and the screen must let it through.
        var report = MonthlyReport.CreateBuilder(Form, new OrganisationUnit("U1", "校"), Generators.Period)
            .SetBoth("B17", 0, 3)
            .AddCase(new CaseDetail("B17", null, "校门口", "概要"))
            .Build();
        var rule = Form.Rules.Single(r => r is CaseDetailsRequiredRule);
        Assert.NotEmpty(RuleSet.Create(Form, [rule]).Validate(report).Findings);
        var batch = ReportBatch.FromReports(Form, Generators.Period, [report]);
        Assert.Single(RuleSet.Create(Form, [rule]).ValidateBatch(batch).Findings);
    }

    [Fact]
    public void A_stock_falling_by_the_whole_64_bit_range_is_reported_not_thrown()
    {
        var report = MonthlyReport.CreateBuilder(Form, new OrganisationUnit("U1", "校"), Generators.Period)
            .SetBoth("A01", long.MinValue, 0)
            .Build();
        var finding = Assert.Single(RuleSet.Create(Form, [Form.Rules.Single(r => r.Code == "stock-decrease")]).Validate(report).Findings);
        Assert.Contains("fell by 9223372036854775808;", finding.EnglishMessage, StringComparison.Ordinal);
    }

    /// <summary>What a drawn report is made of; every part shrinks.</summary>
    /// <param name="Seeds">The numbers of a consistent report (<see cref="Generators.ConsistentReportFrom"/>).</param>
    /// <param name="Changes">Cells of the rule changed: an index into the rule's 新增 cells, 合计 cells, then last month's 合计 cells; the new value or blank.</param>
    /// <param name="CaseOffsets">Per indicator of the rule, how many case details more (or fewer) than its 新增 are attached.</param>
    /// <param name="WithPrevious">Whether last month's report is known.</param>
    public sealed record ScreenCase(int[] Seeds, (int Index, long? Value)[] Changes, int[] CaseOffsets, bool WithPrevious)
    {
        public override string ToString()
            => $"seeds [{string.Join(",", Seeds)}], changes [{string.Join(", ", Changes.Select(c => $"{c.Index}={c.Value?.ToString() ?? "blank"}"))}], case offsets [{string.Join(",", CaseOffsets)}], previous {WithPrevious}";
    }

    private static Gen<long?> ChangedValue { get; } = Gen.Frequency(
        (1, Gen.Constant<long?>(null)),
        (5, Gen.Choose(-3, 3).Select(v => (long?)v)),
        (1, Gen.Elements<long?>(long.MinValue, long.MaxValue, long.MaxValue - 1, int.MaxValue, int.MinValue, 1L << 40)));

    private static Arbitrary<ScreenCase> Cases(ConsistencyRule rule)
    {
        var n = rule.Indicators.Count;
        var gen = from seeds in Generators.ArrayOf(Form.Count * 4, Gen.Choose(0, 4))
                  from count in Gen.Choose(0, 3)
                  from changes in Generators.ArrayOf(count, from index in Gen.Choose(0, (3 * n) - 1) from value in ChangedValue select (index, value))
                  from offsets in Generators.ArrayOf(n, Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Elements(-2, -1, 1, 2))))
                  from previous in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
                  select new ScreenCase(seeds, changes, offsets, previous);
        return Arb.From(gen, Shrink);
    }

    private static IEnumerable<ScreenCase> Shrink(ScreenCase spec)
    {
        for (var i = 0; i < spec.Changes.Length; i++)
        {
            yield return spec with { Changes = spec.Changes.Where((_, j) => j != i).ToArray() };
        }

        for (var i = 0; i < spec.Changes.Length; i++)
        {
            if (spec.Changes[i].Value is { } v && v is not (0 or 1 or -1))
            {
                yield return spec with { Changes = spec.Changes.Select((c, j) => j == i ? (c.Index, (long?)Math.Sign(v)) : c).ToArray() };
            }
        }

        for (var i = 0; i < spec.CaseOffsets.Length; i++)
        {
            if (spec.CaseOffsets[i] != 0)
            {
                yield return spec with { CaseOffsets = spec.CaseOffsets.Select((o, j) => j == i ? 0 : o).ToArray() };
            }
        }

        if (spec.WithPrevious)
        {
            yield return spec with { WithPrevious = false };
        }

        foreach (var seeds in Generators.ShrinkSeeds(spec.Seeds).Take(20))
        {
            yield return spec with { Seeds = seeds };
        }
    }

    /// <summary>
    /// What a finding must say: its rule, unit and month; the values of its cells as the report holds them; each cell
    /// named in both languages, and each value given (a check that was not made names the cells left blank).
    /// </summary>
    private static IEnumerable<string> Speaks(ConsistencyRule rule, MonthlyReport report, ValidationFinding f)
    {
        if (f.RuleCode != rule.Code || f.UnitCode != report.Unit.Code || f.Period != report.Period)
        {
            yield return $"{f} does not carry its rule, unit and month";
        }

        var row = f.Row ?? ReportRow.Total;
        if (!f.Values.SequenceEqual(f.Indicators.Select(c => report.GetValue(Form[c].Ordinal, row))))
        {
            yield return $"{f}: values [{string.Join(", ", f.Values)}] are not the report's {row} cells [{string.Join(", ", f.Indicators)}]";
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(f.Message, "[A-Za-z]{3,}"))
        {
            yield return $"English words in the Chinese message: {f.Message}";
        }

        var notChecked = f.IsNotChecked || f.EnglishMessage.Contains("not checked", StringComparison.Ordinal);
        if (notChecked && f.Severity != FindingSeverity.Warning)
        {
            yield return $"{f}: a check not made is a warning";
        }

        for (var k = 0; k < f.Indicators.Count; k++)
        {
            var named = f.IsNotChecked ? f.Values[k] is null : true;
            if (named && (!f.Message.Contains(f.Indicators[k], StringComparison.Ordinal) || !f.EnglishMessage.Contains(f.Indicators[k], StringComparison.Ordinal)))
            {
                yield return $"{f.Indicators[k]} is not named: {f.Message} / {f.EnglishMessage}";
            }

            if (!notChecked && f.Values[k] is { } v)
            {
                var digits = (v < 0 ? -(Int128)v : v).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!HasNumber(f.Message, digits) || !HasNumber(f.EnglishMessage, digits))
                {
                    yield return $"{f.Indicators[k]} = {v} is not given: {f.Message} / {f.EnglishMessage}";
                }
            }
        }

        if (f.IsNotChecked && (!f.Message.Contains(rule.Title, StringComparison.Ordinal) || !f.EnglishMessage.Contains(rule.EnglishTitle, StringComparison.Ordinal)))
        {
            yield return $"a check not made does not name its rule: {f.Message} / {f.EnglishMessage}";
        }
    }

    private static bool HasNumber(string text, string digits) => System.Text.RegularExpressions.Regex.IsMatch(text, $"(?<![0-9]){digits}(?![0-9])");

    /// <summary>The drawn report, and last month's when the case has one.</summary>
    private static (MonthlyReport Report, MonthlyReport? Previous) Build(ConsistencyRule rule, ScreenCase spec)
    {
        var count = Form.Count;
        var ordinals = rule.Indicators.Select(c => Form[c].Ordinal).ToArray();
        var cells = Generators.CellsOf(Generators.ConsistentReportFrom("U1", spec.Seeds));

        // Last month: 合计 that chain to this month's (合计 − 新增), 新增 as this month's.
        var before = new long?[count * 2];
        for (var i = 0; i < count; i++)
        {
            before[i] = cells[i];
            before[count + i] = cells[count + i] - cells[i];
        }

        foreach (var (index, value) in spec.Changes)
        {
            var k = index % ordinals.Length;
            switch (index / ordinals.Length)
            {
                case 0: cells[ordinals[k]] = value; break;
                case 1: cells[count + ordinals[k]] = value; break;
                default: before[count + ordinals[k]] = value; break;
            }
        }

        var previousPeriod = Generators.Period.PlusMonths(-1);
        var builder = Generators.Report("U1", cells).ToBuilder();
        for (var i = 0; i < ordinals.Length; i++)
        {
            var attached = Math.Clamp(Math.Clamp(cells[ordinals[i]] ?? 0, -10, 10) + spec.CaseOffsets[i], 0, 8);
            for (var c = 0; c < attached; c++)
            {
                builder.AddCase(new CaseDetail(Form[ordinals[i]].Code, null, "校门口", "概要"));
            }
        }

        var report = builder.Build();
        var previous = spec.WithPrevious ? Generators.Report("U1", before, previousPeriod) : null;
        return (report, previous);
    }

    /// <summary>The rule's findings for the drawn report, its screen's answer, and whether every cell the rule reads is filled.</summary>
    private static (int Findings, bool MayFind, bool AllFilled) Screen(ConsistencyRule rule, ScreenCase spec)
    {
        var ordinals = rule.Indicators.Select(c => Form[c].Ordinal).ToArray();
        var previousPeriod = Generators.Period.PlusMonths(-1);
        var (report, previous) = Build(rule, spec);
        var findings = RuleSet.Create(Form, [rule]).Validate(report, previous).Findings.Count;

        var batch = ReportBatch.FromReports(Form, Generators.Period, [report]);
        var values = new long[batch.CellsPerReport];
        batch.Rows.CopyValues(0, values);
        var screen = rule.Screen(ordinals, Form);
        bool mayFind;
        if (previous is null)
        {
            mayFind = !rule.NeedsPrevious && screen.MayFind(new BatchRow(values, batch.Rows.Filled(0), default, default, false, batch.CasesOrNull(0)));
        }
        else
        {
            var last = ReportBatch.FromReports(Form, previousPeriod, [previous]);
            var lastValues = new long[last.CellsPerReport];
            last.Rows.CopyValues(0, lastValues);
            mayFind = screen.MayFind(new BatchRow(values, batch.Rows.Filled(0), lastValues, last.Rows.Filled(0), true, batch.CasesOrNull(0)));
        }

        var allFilled = ordinals.All(o => report.GetValue(o, ReportRow.New) is not null && report.GetValue(o, ReportRow.Total) is not null
                                          && (previous is null || previous.GetValue(o, ReportRow.Total) is not null));
        return (findings, mayFind, allFilled);
    }
}
