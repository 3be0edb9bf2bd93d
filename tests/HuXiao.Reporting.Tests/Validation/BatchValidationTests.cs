using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Tests.Aggregation;
using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting.Tests.Validation;

public class BatchValidationTests
{
    private static readonly ReportSchema Schema = BatchScenario.Schema;

    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property Bulk_validation_equals_per_report_validation() => Prop.ForAll(Seeds, seed =>
    {
        var random = new Random(seed);
        var rules = RuleSet.For(Schema);
        var batch = RandomBatch(random, BatchScenario.Period, out var reports);
        var previous = random.NextDouble() < 0.6 ? RandomBatch(random, BatchScenario.Period.PlusMonths(-1), out _) : null;

        var expected = reports
            .SelectMany(r => rules.Validate(r, previous is not null && previous.TryGetIndex(r.Unit.Code, out var p) ? previous.ToReport(p) : null).Findings)
            .ToArray();
        var actual = rules.ValidateBatch(batch, previous, maxDegreeOfParallelism: random.Next(1, 3)).Findings;
        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
    });

    [Fact]
    public void A_clean_batch_has_no_findings_and_a_custom_rule_still_runs()
    {
        var batch = CleanBatch(50);
        var rules = RuleSet.For(Schema);
        var result = rules.ValidateBatch(batch);
        Assert.Empty(result.Findings);
        Assert.True(result.IsValid);
        Assert.Equal(0, result.ReportsWithFindings);
        Assert.Equal(50, result.ReportCount);

        var custom = rules.With(new AlwaysWarns());
        var withCustom = custom.ValidateBatch(batch, maxDegreeOfParallelism: 1);
        Assert.Equal(50, withCustom.Findings.Count);
        Assert.Equal(50, withCustom.Warnings.Count());
        Assert.Single(withCustom.For("U0007"));
    }

    [Fact]
    public void Chain_is_checked_against_the_previous_batch()
    {
        var june = CleanBatch(3, BatchScenario.Period.PlusMonths(1));
        var may = CleanBatch(3);
        var rules = RuleSet.For(Schema);
        // Totals repeat while 新增 is 1: 合计(June) ≠ 合计(May) + 新增(June) for every indicator whose 新增 is not 0.
        var result = rules.ValidateBatch(june, may);
        Assert.False(result.IsValid);
        Assert.All(result.Errors, f => Assert.Equal("total-chain", f.RuleCode));
        Assert.Throws<ArgumentException>(() => rules.ValidateBatch(june, june));
    }

    [Fact]
    public void Reports_kept_in_wide_rows_are_validated_as_they_are()
    {
        // Values past 32 bits, in this month's batch and last month's: each report lands in a wide row.
        var may = CleanBatch(4);
        var june = ReportBatch.CreateBuilder(Schema, BatchScenario.Period.PlusMonths(1));
        var reports = new List<MonthlyReport>();
        for (var i = 0; i < 4; i++)
        {
            var report = may.ToReport(i).ToBuilder().WithPeriod(BatchScenario.Period.PlusMonths(1))
                .SetTotal("A05", i switch { 0 => 1L << 40, 1 => -(1L << 40), 2 => int.MaxValue + 10L, _ => 10 })
                .SetNew("B01", i == 3 ? long.MinValue : 1)
                .Build();
            reports.Add(report);
            june.Add(report);
        }

        var batch = june.Build();
        Assert.True(batch.Rows.IsWide(0) && batch.Rows.IsWide(3));
        var rules = RuleSet.For(Schema);
        var expected = reports.SelectMany(r => rules.Validate(r, may.ToReport(may.IndexOf(r.Unit.Code))).Findings).Select(Describe).ToArray();
        Assert.Contains(expected, f => f.Contains("non-negative", StringComparison.Ordinal) || f.Contains("A05", StringComparison.Ordinal));
        Assert.Equal(expected, rules.ValidateBatch(batch, may, maxDegreeOfParallelism: 1).Findings.Select(Describe));
    }

    private static ReportBatch CleanBatch(int count, NodaTime.YearMonth? period = null)
    {
        var builder = ReportBatch.CreateBuilder(Schema, period ?? BatchScenario.Period);
        for (var u = 0; u < count; u++)
        {
            var values = new long[92];
            for (var i = 0; i < 46; i++)
            {
                values[i] = Schema[i].Code is "B05" or "B06" or "B17" or "B18" or "B19" ? 0 : 1;
                values[46 + i] = 10;
            }

            values[46 + 0] = 20; // A01 = A02 + A03
            values[0] = 2;
            builder.Add(new OrganisationUnit($"U{u:D4}", "校"), values);
        }

        return builder.Build();
    }

    private static ReportBatch RandomBatch(Random random, NodaTime.YearMonth period, out List<MonthlyReport> reports)
    {
        reports = [];
        var count = random.Next(0, 30);
        for (var u = 0; u < count; u++)
        {
            if (random.NextDouble() < 0.1)
            {
                continue;
            }

            var unit = new OrganisationUnit($"U{u:D3}", "校");
            // Mostly plausible reports, so that the fast screens pass and fail both.
            var report = random.NextDouble() < 0.5
                ? BatchScenario.RandomReport(random, unit, 1, -3, 40, random.NextDouble() < 0.5 ? 0 : 0.05, period)
                : Plausible(random, unit, period);
            reports.Add(report);
        }

        return ReportBatch.FromReports(Schema, period, reports);
    }

    private static MonthlyReport Plausible(Random random, OrganisationUnit unit, NodaTime.YearMonth period)
    {
        var b = MonthlyReport.CreateBuilder(Schema, unit, period);
        for (var i = 0; i < Schema.Count; i++)
        {
            b.Set(i, ReportRow.New, random.Next(0, 2) == 0 ? 0 : 1);
            b.Set(i, ReportRow.Total, 10 + random.Next(0, 2));
        }

        b.SetBoth("A01", 2, 20);

        // Case details for a case count (B17, 起) and a person count (B19, 人): as many as, fewer or more than 新增.
        foreach (var code in new[] { "B17", "B19" })
        {
            for (var k = random.Next(0, 3); k > 0; k--)
            {
                b.AddCase(new CaseDetail(code, null, "校门口", "概要"));
            }
        }

        return b.Build();
    }

    private static string Describe(ValidationFinding f)
        => $"{f.UnitCode} {f.Period} {f.RuleCode} {f.Severity} {f.Row} {string.Join(",", f.Indicators)} {string.Join(",", f.Values)} {f.IsNotChecked} {f.Location} {f.Message} {f.EnglishMessage}";

    private sealed class AlwaysWarns : ConsistencyRule
    {
        public AlwaysWarns()
            : base("always", FindingSeverity.Warning, ["A01"], "总是", "Always")
        {
        }

        public override void Check(in RuleContext context) => context.Record(FindingSeverity.Warning, null, "总是", "Always");
    }
}
