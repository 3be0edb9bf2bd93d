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

    [Property(MaxTest = 100)]
    public Property Bulk_validation_equals_per_report_validation() => Prop.ForAll(Batches, spec =>
    {
        var rules = RuleSet.For(Schema);
        var reports = spec.Reports.Select(r => r.Build(BatchScenario.Period)).ToArray();
        var batch = ReportBatch.FromReports(Schema, BatchScenario.Period, reports);
        var previous = spec.Previous is null
            ? null
            : ReportBatch.FromReports(Schema, BatchScenario.Period.PlusMonths(-1), spec.Previous.Select(r => r.Build(BatchScenario.Period.PlusMonths(-1))));

        var expected = reports
            .SelectMany(r => rules.Validate(r, previous is not null && previous.TryGetIndex(r.Unit.Code, out var p) ? previous.ToReport(p) : null).Findings)
            .ToArray();
        var actual = rules.ValidateBatch(batch, previous, maxDegreeOfParallelism: spec.Threads).Findings;
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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_batch_of_more_than_one_chunk_gives_each_reports_findings_in_order(int threads)
    {
        // 4,106 reports: more than one chunk of 4,096. Findings in both chunks: U0000 breaks the 合计 chain against
        // last month's first report (its totals equal its 新增, as if last month were all zero); U4100 has no report
        // last month and 合计 A03 = 41 breaks A02 + A03 = A01; U4101 breaks the chain the ordinary way. Last month's
        // batch lacks U4100, so the units after it sit one place earlier there, and it is one report shorter.
        const int Count = 4_106;
        var june = BatchScenario.Period.PlusMonths(1);
        var current = ReportBatch.CreateBuilder(Schema, june);
        var last = ReportBatch.CreateBuilder(Schema, BatchScenario.Period);
        for (var u = 0; u < Count; u++)
        {
            var unit = new OrganisationUnit($"U{u:D4}", "校");
            var values = CleanValues(totalOffset: u == 0 ? 0 : 9);
            if (u == 4100)
            {
                values[46 + Schema["A03"].Ordinal] += 1;
            }

            current.Add(unit, values);
            if (u != 4100)
            {
                // Last month's totals: this month's less this month's 新增, so the chain holds (U4101: one more, so it breaks).
                var before = (long[])values.Clone();
                for (var i = 0; i < 46; i++)
                {
                    before[46 + i] = values[46 + i] - values[i] + (u == 0 ? 10 : 0) + (u == 4101 ? 1 : 0);
                }

                last.Add(unit, before);
            }
        }

        var batch = current.Build();
        var previous = last.Build();
        var rules = RuleSet.For(Schema);

        var result = rules.ValidateBatch(batch, previous, maxDegreeOfParallelism: threads);

        Assert.Equal(["U0000", "U4100", "U4101"], result.Findings.Select(f => f.UnitCode).Distinct());
        Assert.Equal(3, result.ReportsWithFindings);
        Assert.Equal(Count, result.ReportCount);
        var a03 = Assert.Single(result.Findings, f => f.UnitCode == "U4100");
        Assert.Equal("urban-plus-rural", a03.RuleCode);
        Assert.Equal(46, result.Findings.Count(f => f.UnitCode == "U0000" && f.RuleCode == "total-chain"));
        Assert.Equal(46, result.Findings.Count(f => f.UnitCode == "U4101" && f.RuleCode == "total-chain"));

        var expected = Enumerable.Range(0, Count)
            .Select(i => rules.Validate(batch.ToReport(i), previous.TryGetIndex(batch.UnitArray[i].Code, out var p) ? previous.ToReport(p) : null))
            .ToArray();
        Assert.Equal(expected.SelectMany(r => r.Findings).Select(Describe), result.Findings.Select(Describe));
        Assert.Equal(expected.Count(r => r.Findings.Count > 0), result.ReportsWithFindings);
    }

    [Fact]
    public void Reports_the_screen_lets_through_without_a_finding_are_not_counted()
    {
        // A rule without a screen of its own sends every report to the ordinary check, where it finds nothing.
        var rules = RuleSet.Create(Schema, [new FindsNothing()]);
        var result = rules.ValidateBatch(CleanBatch(5), maxDegreeOfParallelism: 1);
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.ReportsWithFindings);
        Assert.Equal(5, result.ReportCount);
    }

    private static long[] CleanValues(long totalOffset)
    {
        // 新增 1 (case counts 0, A01 2); 合计 = 新增 + offset per indicator (A01 = A02 + A03 holds in both rows).
        var values = new long[92];
        for (var i = 0; i < 46; i++)
        {
            values[i] = Schema[i].Code is "B05" or "B06" or "B17" or "B18" or "B19" ? 0 : 1;
            values[46 + i] = values[i] + totalOffset;
        }

        values[Schema["A01"].Ordinal] = 2;
        values[46 + Schema["A01"].Ordinal] = 2 + (2 * totalOffset);
        return values;
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

    /// <summary>Batches that shrink: fewer reports, no previous month, blanker and smaller cells, fewer case details.</summary>
    private static Arbitrary<BatchSpec> Batches => Arb.From(
        from reports in ReportSpecs
        from withPrevious in Gen.Frequency((3, Gen.Constant(true)), (2, Gen.Constant(false)))
        from previous in ReportSpecs
        from threads in Gen.Choose(1, 2)
        select new BatchSpec(reports, withPrevious ? previous : null, threads),
        ShrinkBatch);

    // Units U000…U029, some missing; half the reports random (values mostly small, some blank), half plausible (the
    // fast screens pass and fail both); case details for a case count (B17, 起) and a person count (B19, 人).
    private static Gen<BatchReportSpec[]> ReportSpecs =>
        from units in Gen.SubListOf(Enumerable.Range(0, 30).ToArray())
        from specs in Gen.ArrayOf(
            from plausible in Gen.Elements(true, false)
            from cells in plausible
                ? Gen.ArrayOf(Gen.Choose(0, 1).Select(v => (long?)v), Schema.Count * 2)
                : RollUpArbitraries.CellsOf(Gen.Choose(-3, 40).Select(v => (long)v), blankRate: 0.05)
            from totals in Gen.ArrayOf(Gen.Choose(0, 1), Schema.Count)
            from b17 in Gen.Choose(0, 2)
            from b19 in Gen.Choose(0, 2)
            select (plausible, cells, totals, b17, b19),
            units.Count)
        select units.Zip(specs, (u, s) => new BatchReportSpec(u, s.plausible ? Plausible(s.cells, s.totals) : s.cells, s.b17, s.b19)).ToArray();

    private static long?[] Plausible(long?[] cells, int[] totals)
    {
        var plausible = (long?[])cells.Clone();
        for (var i = 0; i < Schema.Count; i++)
        {
            plausible[Schema.Count + i] = 10 + totals[i];
        }

        var a01 = Schema["A01"].Ordinal;
        plausible[a01] = 2;
        plausible[Schema.Count + a01] = 20;
        return plausible;
    }

    private static IEnumerable<BatchSpec> ShrinkBatch(BatchSpec spec)
    {
        if (spec.Previous is not null)
        {
            yield return spec with { Previous = null };
        }

        for (var i = 0; i < spec.Reports.Length; i++)
        {
            yield return spec with { Reports = [.. spec.Reports[..i], .. spec.Reports[(i + 1)..]] };
        }

        for (var i = 0; i < (spec.Previous?.Length ?? 0); i++)
        {
            yield return spec with { Previous = [.. spec.Previous![..i], .. spec.Previous[(i + 1)..]] };
        }

        for (var i = 0; i < spec.Reports.Length; i++)
        {
            var report = spec.Reports[i];
            if (report.B17Cases + report.B19Cases > 0)
            {
                yield return spec with { Reports = spec.Reports.Select((r, j) => j == i ? r with { B17Cases = 0, B19Cases = 0 } : r).ToArray() };
            }

            foreach (var cells in RollUpArbitraries.ShrinkCells(report.Cells).Take(8))
            {
                yield return spec with { Reports = spec.Reports.Select((r, j) => j == i ? r with { Cells = cells } : r).ToArray() };
            }
        }
    }

    private static string Describe(ValidationFinding f)
        => $"{f.UnitCode} {f.Period} {f.RuleCode} {f.Severity} {f.Row} {string.Join(",", f.Indicators)} {string.Join(",", f.Values)} {f.IsNotChecked} {f.Location} {f.Message} {f.EnglishMessage}";

    public sealed record BatchSpec(BatchReportSpec[] Reports, BatchReportSpec[]? Previous, int Threads)
    {
        public override string ToString()
            => $"threads {Threads}; reports [{string.Join("; ", Reports.Select(r => r.ToString()))}]; previous {(Previous is null ? "none" : $"[{string.Join("; ", Previous.Select(r => r.ToString()))}]")}";
    }

    public sealed record BatchReportSpec(int Unit, long?[] Cells, int B17Cases, int B19Cases)
    {
        public MonthlyReport Build(NodaTime.YearMonth period)
        {
            var b = Generators.Report($"U{Unit:D3}", Cells, period).ToBuilder();
            foreach (var (code, count) in new[] { ("B17", B17Cases), ("B19", B19Cases) })
            {
                for (var k = 0; k < count; k++)
                {
                    b.AddCase(new CaseDetail(code, null, "校门口", "概要"));
                }
            }

            return b.Build();
        }

        public override string ToString()
            => $"U{Unit:D3} [{string.Join(",", Cells.Select(c => c?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "_"))}] B17×{B17Cases} B19×{B19Cases}";
    }

    private sealed class FindsNothing : ConsistencyRule
    {
        public FindsNothing()
            : base("finds-nothing", FindingSeverity.Warning, ["A01"], "无", "Nothing")
        {
        }

        public override void Check(in RuleContext context)
        {
        }
    }

    private sealed class AlwaysWarns : ConsistencyRule
    {
        public AlwaysWarns()
            : base("always", FindingSeverity.Warning, ["A01"], "总是", "Always")
        {
        }

        public override void Check(in RuleContext context) => context.Record(FindingSeverity.Warning, null, "总是", "Always");
    }
}
