using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting.Aggregation;
using NodaTime;

namespace HuXiao.Reporting.Tests.Aggregation;

public class ReportBatchTests
{
    private static readonly ReportSchema Schema = BatchScenario.Schema;
    private static readonly YearMonth May = BatchScenario.Period;
    private static readonly OrganisationUnit A = new("410102", "中原区");
    private static readonly OrganisationUnit B = new("410103", "二七区");

    [Fact]
    public void Builder_sets_and_blanks_cells()
    {
        var builder = ReportBatch.CreateBuilder(Schema, May);
        var a = builder.Add(A);
        builder.Set(a, 0, ReportRow.Total, 120).Set(a, 1, ReportRow.New, 0).Set(a, 1, ReportRow.New, null);
        var batch = builder.Build();

        Assert.Equal(1, batch.Count);
        Assert.Equal(92, batch.CellsPerReport);
        Assert.Equal(120, batch.GetValue(0, 0, ReportRow.Total));
        Assert.Null(batch.GetValue(0, 1, ReportRow.New));
        Assert.False(batch.IsFilled(0, 0, ReportRow.New));
        Assert.Equal(0, batch.IndexOf("410102"));
        Assert.Equal(-1, batch.IndexOf("nope"));
        Assert.Same(A, batch.UnitAt(0));
    }

    [Fact]
    public void Add_with_values_fills_every_cell()
    {
        var builder = ReportBatch.CreateBuilder(Schema, May, capacity: 4);
        var values = Enumerable.Range(0, 92).Select(i => (long)i).ToArray();
        builder.Add(A, values);
        var batch = builder.Build();
        var stored = new long[92];
        batch.CopyRawValues(0, stored);
        Assert.Equal(values, stored);
        Assert.Equal(92, batch.ToReport(0).FilledCount);
        Assert.Throws<ArgumentException>(() => ReportBatch.CreateBuilder(Schema, May).Add(A, new long[3]));
    }

    [Fact]
    public void Built_builder_cannot_be_used_again()
    {
        var builder = ReportBatch.CreateBuilder(Schema, May);
        builder.Add(A);
        builder.Build();
        Assert.Throws<InvalidOperationException>(() => builder.Add(B));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void FromReports_keeps_the_highest_revision_and_lists_the_others()
    {
        var r1 = MonthlyReport.CreateBuilder(Schema, A, May).SetTotal("A01", 1).Build();
        var r3 = r1.ToBuilder().SetTotal("A01", 3).WithFiling(ReportFiling.Unfiled with { Revision = 3 }).Build();
        var r2 = r1.ToBuilder().SetTotal("A01", 2).WithFiling(ReportFiling.Unfiled with { Revision = 2 }).Build();
        var batch = ReportBatch.FromReports(Schema, May, [r1, r3, r2]);

        Assert.Equal(1, batch.Count);
        Assert.Equal(3, batch.GetValue(0, 0, ReportRow.Total));
        Assert.Equal(r3, batch.ToReport(0));
        Assert.Equal([new SupersededReport(A, 1, 3), new SupersededReport(A, 2, 3)], batch.Superseded);
    }

    [Fact]
    public void FromReports_refuses_a_duplicate_revision_another_form_or_month()
    {
        var r = MonthlyReport.CreateBuilder(Schema, A, May).Build();
        Assert.Equal(ErrorCodes.DuplicateReport, Assert.Throws<ReportingException>(() => ReportBatch.FromReports(Schema, May, [r, r])).Code);
        var june = r.ToBuilder().WithPeriod(May.PlusMonths(1)).Build();
        Assert.Equal(ErrorCodes.RollUpPeriodMismatch, Assert.Throws<ReportingException>(() => ReportBatch.FromReports(Schema, May, [june])).Code);
        var other = ReportSchema.CreateBuilder("other", 1).AddTable("A", "t").AddIndicator("A01", "x", "x", null, "所", IndicatorKind.Stock).Build();
        var foreign = MonthlyReport.CreateBuilder(other, A, May).Build();
        Assert.Equal(ErrorCodes.RollUpSchemaMismatch, Assert.Throws<ReportingException>(() => ReportBatch.FromReports(Schema, May, [foreign])).Code);
        var builder = ReportBatch.CreateBuilder(Schema, May);
        builder.Add(A);
        Assert.Equal(ErrorCodes.DuplicateReport, Assert.Throws<ReportingException>(() => builder.Add(A)).Code);
    }

    [Fact]
    public void ToReport_round_trips_values_blanks_filing_and_cases()
    {
        var random = new Random(7);
        var report = BatchScenario.RandomReport(random, A, 1, -10, 10, 0.3).ToBuilder()
            .WithFiling(new ReportFiling { Preparer = "王", Revision = 2 })
            .AddCase(new CaseDetail("B05", null, "门口", "制止"))
            .Build();
        var batch = ReportBatch.FromReports(Schema, May, [report]);
        Assert.Equal(report, batch.ToReport(0));
        Assert.Equal([report], batch.ToReports());
    }

    [Fact]
    public void RollUp_refuses_a_report_from_a_unit_with_children_or_outside_the_hierarchy()
    {
        var city = new OrganisationUnit("4101", "郑州市");
        var hierarchy = UnitHierarchy.CreateBuilder(city).Add(A, city.Code).Build();
        var inner = ReportBatch.FromReports(Schema, May, [MonthlyReport.CreateBuilder(Schema, city, May).Build()]);
        Assert.Equal(ErrorCodes.HierarchyDefinition, Assert.Throws<ReportingException>(() => inner.RollUp(hierarchy)).Code);
        var outside = ReportBatch.FromReports(Schema, May, [MonthlyReport.CreateBuilder(Schema, B, May).Build()]);
        Assert.Equal(ErrorCodes.HierarchyDefinition, Assert.Throws<ReportingException>(() => outside.RollUp(hierarchy)).Code);
    }

    [Fact]
    public void RollUp_sums_counts_and_names_the_missing()
    {
        var city = new OrganisationUnit("4101", "郑州市");
        var c = new OrganisationUnit("410104", "管城区");
        var hierarchy = UnitHierarchy.CreateBuilder(city).AddUnderRoot([A, B, c]).Build();
        var ra = MonthlyReport.CreateBuilder(Schema, A, May).SetBoth("A01", 1, 10).Build();
        var rb = MonthlyReport.CreateBuilder(Schema, B, May).SetBoth("A01", null, 5).Build();
        var result = ReportBatch.FromReports(Schema, May, [ra, rb]).RollUp(hierarchy);

        var total = result["4101"];
        Assert.Equal(15, total.GetValue("A01", ReportRow.Total));
        Assert.Equal(1, total.GetValue("A01", ReportRow.New));
        Assert.Null(total.GetValue("A02", ReportRow.Total));
        Assert.Equal(2, total.FilledCount(0, ReportRow.Total));
        Assert.Equal(1, total.FilledCount(0, ReportRow.New));
        Assert.Equal(2, total.ReportedCount);
        Assert.Equal([A, B], total.Reported);
        Assert.Equal([ra, rb], total.Used);
        Assert.Equal(["410104"], total.Missing);
        Assert.True(result.Contains("4101"));
        Assert.False(result.Contains("410102"));
        Assert.Throws<KeyNotFoundException>(() => result["410102"]);
        Assert.Equal(15, result.Root.Report.Total("A01"));
        Assert.Same(total, result.Root);
    }

    [Fact]
    public void RollUp_detects_overflow_and_names_the_indicator()
    {
        var city = new OrganisationUnit("4101", "郑州市");
        var hierarchy = UnitHierarchy.CreateBuilder(city).AddUnderRoot([A, B]).Build();
        var ra = MonthlyReport.CreateBuilder(Schema, A, May).SetTotal("A05", long.MaxValue).Build();
        var rb = MonthlyReport.CreateBuilder(Schema, B, May).SetTotal("A05", 1).Build();
        var batch = ReportBatch.FromReports(Schema, May, [ra, rb]);
        var e = Assert.Throws<ReportOverflowException>(() => batch.RollUp(hierarchy));
        Assert.Equal("A05", e.IndicatorCode);
        Assert.Equal(ReportRow.Total, e.Row);
    }

    [Fact]
    public void Parallel_and_serial_roll_ups_agree_on_a_large_batch()
    {
        var root = new OrganisationUnit("N", "全国");
        var builder = UnitHierarchy.CreateBuilder(root);
        var batchBuilder = ReportBatch.CreateBuilder(Schema, May, 40_000);
        var random = new Random(3);
        var values = new long[92];
        for (var county = 0; county < 40; county++)
        {
            var c = new OrganisationUnit($"C{county}", "县");
            builder.Add(c, root.Code);
            for (var leaf = 0; leaf < 1_000; leaf++)
            {
                var unit = new OrganisationUnit($"C{county}-{leaf}", "校");
                builder.Add(unit, c.Code);
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = random.Next(-100, 1_000);
                }

                var row = batchBuilder.Add(unit, values);
                if (leaf % 7 == 0)
                {
                    batchBuilder.Set(row, leaf % 46, ReportRow.Total, null);
                }
            }
        }

        var hierarchy = builder.Build();
        var batch = batchBuilder.Build();
        var serial = batch.RollUp(hierarchy, maxDegreeOfParallelism: 1);
        foreach (var parallel in new[] { batch.RollUp(hierarchy), batch.RollUp(hierarchy, 2), batch.RollUp(hierarchy, 8) })
        {
            foreach (var unit in serial.Units)
            {
                Assert.Equal(serial[unit.Code].Report, parallel[unit.Code].Report);
                for (var i = 0; i < 46; i++)
                {
                    Assert.Equal(serial[unit.Code].FilledCount(i, ReportRow.Total), parallel[unit.Code].FilledCount(i, ReportRow.Total));
                }
            }

            Assert.Equal(40_000, parallel["N"].FilledCount(0, ReportRow.New) * 1_000);
        }
    }

    [Fact]
    public void Parallel_roll_ups_refuse_the_same_overflow_as_serial_ones_and_keep_a_total_that_comes_back()
    {
        // 30 counties of 1,000 schools; two of county 17's schools hold MaxValue / 2 + 1, so its schools' sum leaves
        // the range (refused), unless, in the second batch, a district under it reports MinValue / 2 (kept).
        var root = new OrganisationUnit("N", "全国");
        var builder = UnitHierarchy.CreateBuilder(root);
        var district = new OrganisationUnit("C17-D", "区");
        var districtSchool = new OrganisationUnit("C17-D-0", "校");
        var over = ReportBatch.CreateBuilder(Schema, May, 30_000);
        var back = ReportBatch.CreateBuilder(Schema, May, 30_001);
        var values = new long[92];
        for (var county = 0; county < 30; county++)
        {
            var c = new OrganisationUnit($"C{county}", "县");
            builder.Add(c, root.Code);
            for (var leaf = 0; leaf < 1_000; leaf++)
            {
                var unit = new OrganisationUnit($"C{county}-{leaf}", "校");
                builder.Add(unit, c.Code);
                values[3] = county == 17 && leaf is 5 or 900 ? (long.MaxValue / 2) + 1 : leaf;
                over.Add(unit, values);
                back.Add(unit, values);
            }
        }

        builder.Add(district, "C17").Add(districtSchool, district.Code);
        values[3] = long.MinValue / 2;
        back.Add(districtSchool, values);
        var hierarchy = builder.Build();

        var batch = over.Build();
        foreach (var degree in new[] { 1, -1, 2, 8 })
        {
            var e = Assert.Throws<ReportOverflowException>(() => batch.RollUp(hierarchy, degree));
            Assert.Equal(Schema[3].Code, e.IndicatorCode);
            Assert.Contains("C17-5", e.Message, StringComparison.Ordinal);
        }

        var kept = back.Build();
        var expected = (2 * ((Int128)(long.MaxValue / 2) + 1)) + (long.MinValue / 2) + Enumerable.Range(0, 1_000).Where(l => l is not 5 and not 900).Sum();
        foreach (var degree in new[] { 1, -1, 2, 8 })
        {
            var rollUp = kept.RollUp(hierarchy, degree);
            Assert.Equal((long)expected, rollUp["C17"].GetValue(3, ReportRow.New));
        }
    }

    [Property(MaxTest = 100)]
    public Property A_batch_keeps_every_value_exactly_whether_it_fits_32_bits_or_not()
        => Prop.ForAll(RollUpArbitraries.Scenarios(RollUpArbitraries.LeafValue), scenario =>
        {
            var batch = scenario.Batch();
            var latest = scenario.Latest();
            Assert.Equal(latest.Count, batch.Count);
            var raw = new long[batch.CellsPerReport];
            foreach (var report in latest)
            {
                var i = batch.IndexOf(report.Unit.Code);
                Assert.Equal(report, batch.ToReport(i));
                batch.CopyRawValues(i, raw);
                for (var c = 0; c < raw.Length; c++)
                {
                    var (ordinal, row) = (c % Schema.Count, c < Schema.Count ? ReportRow.New : ReportRow.Total);
                    Assert.Equal(report.GetValue(ordinal, row), batch.GetValue(i, ordinal, row));
                    Assert.Equal(report.GetValue(ordinal, row) ?? 0, raw[c]);
                    Assert.Equal(report.IsFilled(ordinal, row), batch.IsFilled(i, ordinal, row));
                }

                var wide = raw.Any(v => v < int.MinValue || v > int.MaxValue);
                Assert.Equal(wide, batch.Rows.IsWide(i));
            }
        });

    [Fact]
    public void A_value_past_32_bits_moves_its_report_to_a_wide_row_keeping_the_values_set_before()
    {
        var builder = ReportBatch.CreateBuilder(Schema, May);
        var a = builder.Add(A);
        builder.Set(a, 0, ReportRow.Total, 120).Set(a, 1, ReportRow.New, -7);
        var b = builder.Add(B);
        builder.Set(b, 0, ReportRow.Total, 5);
        builder.Set(a, 2, ReportRow.Total, (long)int.MaxValue + 1);
        builder.Set(a, 3, ReportRow.Total, 9);
        var batch = builder.Build();

        Assert.True(batch.Rows.IsWide(a));
        Assert.False(batch.Rows.IsWide(b));
        Assert.Equal(120, batch.GetValue(a, 0, ReportRow.Total));
        Assert.Equal(-7, batch.GetValue(a, 1, ReportRow.New));
        Assert.Equal((long)int.MaxValue + 1, batch.GetValue(a, 2, ReportRow.Total));
        Assert.Equal(9, batch.GetValue(a, 3, ReportRow.Total));
        Assert.Null(batch.GetValue(a, 4, ReportRow.Total));
        var city = new OrganisationUnit("4101", "郑州市");
        var total = batch.RollUp(UnitHierarchy.CreateBuilder(city).AddUnderRoot([A, B]).Build()).Root;
        Assert.Equal(125, total.GetValue(0, ReportRow.Total));
        Assert.Equal((long)int.MaxValue + 1, total.GetValue(2, ReportRow.Total));
        Assert.Equal(1, total.FilledCount(2, ReportRow.Total));
    }

    [Fact]
    public void An_index_outside_the_batch_and_a_short_destination_are_refused_saying_what_fits()
    {
        var builder = ReportBatch.CreateBuilder(Schema, May);
        builder.Add(A);
        builder.Add(B);
        var batch = builder.Build();
        foreach (var index in new[] { -1, 2, int.MaxValue, int.MinValue })
        {
            foreach (var read in new Action[]
                     {
                         () => batch.GetValue(index, 0, ReportRow.Total),
                         () => batch.IsFilled(index, 0, ReportRow.Total),
                         () => batch.CopyRawValues(index, new long[92]),
                         () => batch.GetFilledBits(index),
                         () => batch.UnitAt(index),
                         () => batch.ToReport(index),
                     })
            {
                var e = Assert.Throws<ArgumentOutOfRangeException>(read);
                Assert.Equal("index", e.ParamName);
                Assert.Equal((object)index, e.ActualValue);
                Assert.StartsWith("The batch holds reports 0–1.", e.Message, StringComparison.Ordinal);
            }
        }

        var shortOne = Assert.Throws<ArgumentException>(() => batch.CopyRawValues(0, new long[91]));
        Assert.Equal("destination", shortOne.ParamName);
        Assert.StartsWith($"A report of {Schema} has 92 cells; the destination holds 91.", shortOne.Message, StringComparison.Ordinal);
        Assert.Equal($"2 reports {Schema} 2017-05", batch.ToString());
    }

    [Fact]
    public void A_roll_up_needs_a_hierarchy_and_a_thread_count_of_minus_one_or_more_than_zero()
    {
        var batch = ReportBatch.FromReports(Schema, May, [MonthlyReport.CreateBuilder(Schema, A, May).SetTotal("A01", 4).Build()]);
        var hierarchy = UnitHierarchy.CreateBuilder(new OrganisationUnit("4101", "郑州市")).AddUnderRoot([A]).Build();
        Assert.Equal("hierarchy", Assert.Throws<ArgumentNullException>(() => batch.RollUp(null!)).ParamName);
        foreach (var degree in new[] { 0, -2 })
        {
            var e = Assert.Throws<ArgumentException>(() => batch.RollUp(hierarchy, degree));
            Assert.Equal("maxDegreeOfParallelism", e.ParamName);
            Assert.StartsWith("Use −1 for all cores or a positive thread count.", e.Message, StringComparison.Ordinal);
        }

        foreach (var degree in new[] { -1, 1, 3 })
        {
            Assert.Equal(4, batch.RollUp(hierarchy, degree).Root.GetValue(0, ReportRow.Total));
        }
    }

    [Fact]
    public void A_revision_past_32_bits_replacing_a_narrow_report_leaves_nothing_of_the_old_one_in_the_sums()
    {
        var city = new OrganisationUnit("4101", "郑州市");
        var hierarchy = UnitHierarchy.CreateBuilder(city).AddUnderRoot([A, B]).Build();
        var first = MonthlyReport.CreateBuilder(Schema, A, May).SetTotal("A01", 5).SetTotal("A02", 3).Build();
        var wide = first.ToBuilder().SetTotal("A01", 7).SetTotal("A02", 1L << 40).WithFiling(ReportFiling.Unfiled with { Revision = 2 }).Build();
        var other = MonthlyReport.CreateBuilder(Schema, B, May).SetTotal("A01", 1).Build();
        foreach (var order in new[] { new[] { first, other, wide }, new[] { wide, other, first } })
        {
            var total = ReportBatch.FromReports(Schema, May, order).RollUp(hierarchy, 1).Root;
            Assert.Equal(8, total.GetValue("A01", ReportRow.Total));
            Assert.Equal(1L << 40, total.GetValue("A02", ReportRow.Total));
        }
    }

    [Fact]
    public void Rows_of_full_32_bit_values_after_a_small_first_row_are_summed_in_64_bits()
    {
        // 64 rows of int.MaxValue wrap a 32-bit sum; each such row must be marked, whatever its place in the run.
        var city = new OrganisationUnit("4101", "郑州市");
        var units = Enumerable.Range(0, 70).Select(i => new OrganisationUnit($"U{i:00}", "校")).ToArray();
        var builder = ReportBatch.CreateBuilder(Schema, May);
        foreach (var (unit, i) in units.Select((u, i) => (u, i)))
        {
            builder.Set(builder.Add(unit), 0, ReportRow.Total, i == 0 ? 1 : int.MaxValue);
        }

        var batch = builder.Build();
        var hierarchy = UnitHierarchy.CreateBuilder(city).AddUnderRoot(units).Build();
        var fromReports = ReportBatch.FromReports(Schema, May, batch.ToReports());
        Assert.Equal(1 + (69L * int.MaxValue), batch.RollUp(hierarchy, 1).Root.GetValue(0, ReportRow.Total));
        Assert.Equal(1 + (69L * int.MaxValue), fromReports.RollUp(hierarchy, 1).Root.GetValue(0, ReportRow.Total));
    }

    [Fact]
    public void Hundreds_of_units_with_children_each_keep_their_own_totals()
    {
        var city = new OrganisationUnit("4101", "郑州市");
        var builder = UnitHierarchy.CreateBuilder(city);
        var reports = new List<MonthlyReport>();
        for (var d = 0; d < 300; d++)
        {
            var district = new OrganisationUnit($"D{d:000}", "区");
            var school = new OrganisationUnit($"D{d:000}-1", "校");
            builder.Add(district, city.Code).Add(school, district.Code);
            reports.Add(MonthlyReport.CreateBuilder(Schema, school, May).SetTotal("A01", d).SetNew("A02", d % 2 == 0 ? null : 1).Build());
        }

        var rollUp = ReportBatch.FromReports(Schema, May, reports).RollUp(builder.Build(), 1);
        for (var d = 0; d < 300; d++)
        {
            Assert.Equal(d, rollUp[$"D{d:000}"].GetValue("A01", ReportRow.Total));
            Assert.Equal(d % 2 == 0 ? null : 1, rollUp[$"D{d:000}"].GetValue("A02", ReportRow.New));
        }

        Assert.Equal(300 * 299 / 2, rollUp.Root.GetValue("A01", ReportRow.Total));
        Assert.Equal(150, rollUp.Root.GetValue("A02", ReportRow.New));
        Assert.Equal(150, rollUp.Root.FilledCount("A02", ReportRow.New));
    }

    [Fact]
    public void A_county_of_schools_alone_that_leaves_the_range_is_refused_on_every_thread_count()
    {
        var root = new OrganisationUnit("N", "全国");
        var builder = UnitHierarchy.CreateBuilder(root);
        var batch = ReportBatch.CreateBuilder(Schema, May, 20_000);
        var values = new long[92];
        for (var county = 0; county < 20; county++)
        {
            var c = new OrganisationUnit($"C{county:00}", "县");
            builder.Add(c, root.Code);
            for (var leaf = 0; leaf < 1_000; leaf++)
            {
                var unit = new OrganisationUnit($"C{county:00}-{leaf:000}", "校");
                builder.Add(unit, c.Code);
                values[5] = county is 6 or 13 && leaf is 3 or 4 ? (long.MaxValue / 2) + 1 : leaf;
                batch.Add(unit, values);
            }
        }

        var hierarchy = builder.Build();
        var built = batch.Build();
        var messages = new[] { 1, 2, 4, -1 }.Select(degree =>
        {
            var e = Assert.Throws<ReportOverflowException>(() => built.RollUp(hierarchy, degree));
            Assert.Equal(Schema[5].Code, e.IndicatorCode);
            return e.Message;
        }).ToArray();

        // Two counties overflow; every thread count names the same one, with its first ten schools adding to it.
        Assert.Equal(messages[0], messages[1]);
        Assert.Equal(messages[0], messages[2]);
        Assert.Equal(messages[0], messages[3]);
        var named = messages[0].Contains("into C06 县", StringComparison.Ordinal) ? "C06" : "C13";
        Assert.EndsWith($"when adding the reports of {string.Join(", ", Enumerable.Range(1, 10).Select(l => $"{named}-{l:000}"))} into {named} 县. Check the input values for a typing error (a figure far too large).", messages[0], StringComparison.Ordinal);
    }
}
