using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Cli.Samples;

/// <summary>
/// Synthetic monthly forms for Zhengzhou's police organs over the 2017 campaign (2017-04 to 2018-01). The
/// numbers are made up — deterministic, plausible, and labelled synthetic wherever they are written — with
/// the problems real months have:
/// <list type="bullet">
/// <item>中牟县 (410122) files January 2018 late, on 2018-02-03;</item>
/// <item>登封市 (410185) does not file January 2018;</item>
/// <item>金水分局 (410105)'s January 2018 form has urban + rural ≠ all campuses;</item>
/// <item>巩义市 (410181) is behind on one-touch alarms after 2017-10-31.</item>
/// </list>
/// </summary>
internal static class SampleCampaign
{
    internal const string SyntheticNote = "合成示例数据，非真实统计 (synthetic sample data, not real statistics)";

    /// <summary>The label without commas, for formats where a comma separates values (iCalendar).</summary>
    internal const string SyntheticLabel = "合成示例数据（非真实统计）synthetic sample data";

    internal static readonly YearMonth FirstMonth = new(2017, 4);
    internal static readonly YearMonth LastMonth = new(2018, 1);
    /// <summary>The demo's as-of date: a few days after January 2018's report was due.</summary>
    internal static readonly LocalDate AsOf = new(2018, 2, 5);

    internal static readonly string LateUnit = "410122";
    internal static readonly string MissingUnit = "410185";
    internal static readonly string BadSumUnit = "410105";
    internal static readonly string AlarmLaggard = "410181";

    /// <summary>Every filed report, in unit then month order.</summary>
    internal static IReadOnlyList<MonthlyReport> Reports { get; } = Generate();

    private static IReadOnlyList<MonthlyReport> Generate()
    {
        var reports = new List<MonthlyReport>();
        var seed = 2017;
        foreach (var (unit, kind) in SampleUnits.Filers)
        {
            reports.AddRange(UnitSeries(unit, kind, new Random(seed++)));
        }

        return reports;
    }

    private static IEnumerable<MonthlyReport> UnitSeries(OrganisationUnit unit, SampleUnits.UnitKind kind, Random random)
    {
        var schema = ReportSchema.Zhengzhou2017;
        var campuses = random.Next(60, 400);
        var urbanShare = kind switch
        {
            SampleUnits.UnitKind.District => 0.85 + (random.NextDouble() * 0.1),
            SampleUnits.UnitKind.County => 0.25 + (random.NextDouble() * 0.15),
            _ => 0.65 + (random.NextDouble() * 0.2),
        };

        // Levels at the end of March 2017, before the campaign.
        var previous = new Dictionary<string, long>(StringComparer.Ordinal);
        var level = new Dictionary<string, long>(StringComparer.Ordinal);
        var standardShare = 0.55 + (random.NextDouble() * 0.2);
        var standardGoal = 0.86 + (random.NextDouble() * 0.1);
        if (random.Next(4) == 0)
        {
            standardGoal = 0.75 + (random.NextDouble() * 0.08);
        }

        var month = FirstMonth;
        for (var m = 0; month.CompareTo(LastMonth) <= 0; m++, month = month.PlusMonths(1))
        {
            if (m == 5)
            {
                campuses += random.Next(0, 3); // new campuses open with the school year
            }

            var urban = (long)Math.Round(campuses * urbanShare);
            level["A01"] = campuses;
            level["A02"] = urban;
            level["A03"] = campuses - urban;

            // Coverage grows to every campus by the end of May 2017 (m = 1).
            long Cover(double start) => m >= 1 ? campuses : (long)Math.Round(campuses * start);
            level["A05"] = Cover(0.8);
            level["A07"] = Cover(0.7);
            level["A08"] = Cover(0.75);
            level["A10"] = Cover(0.6);
            level["A16"] = Cover(0.85);
            level["A04"] = (level["A05"] * 2) + random.Next(0, 10);
            level["A06"] = level["A07"] + random.Next(0, 20);
            level["A09"] = (level["A10"] * 6) + random.Next(0, 30);
            level["A15"] = (level["A16"] * 12) + random.Next(0, 50);
            level["A17"] = (long)Math.Round(level["A16"] * Math.Min(1.0, 0.5 + (0.06 * m)));
            level["A11"] = (long)Math.Round(campuses * 0.3);
            level["A12"] = m >= 1 ? level["A11"] : (long)Math.Round(level["A11"] * 0.5);
            level["A13"] = (long)Math.Round(campuses * 0.2);
            level["A14"] = m >= 1 ? level["A13"] : (long)Math.Round(level["A13"] * 0.4);
            var standard = Math.Min(1.0, standardShare + ((standardGoal - standardShare) * Math.Min(1.0, m / 6.0)));
            level["A18"] = (long)Math.Round(campuses * standard);

            // One-touch alarms reach every campus by the end of October 2017 (m = 6), except for the laggard.
            var alarmShare = unit.Code == AlarmLaggard ? Math.Min(0.82, 0.3 + (0.06 * m)) : Math.Min(1.0, 0.3 + (0.12 * m));
            level["A19"] = m >= 6 && unit.Code != AlarmLaggard ? campuses : (long)Math.Round(campuses * alarmShare);

            level["B09"] = (long)Math.Round(campuses * Math.Min(1.0, 0.4 + (0.05 * m)));
            level["B10"] = (level["A03"] * 3) + (m * 4);
            level["B12"] = (long)Math.Round(level["A03"] * Math.Min(1.0, 0.6 + (0.05 * m)));
            level["B13"] = (long)Math.Round(campuses * 0.1) + (m / 3);
            level["B14"] = (long)Math.Round(campuses * 0.05) + (m / 4);
            level["B15"] = (long)Math.Round(urban * Math.Min(1.0, 0.5 + (0.06 * m)));

            var builder = MonthlyReport.CreateBuilder(schema, unit, month);
            foreach (var indicator in schema.Indicators.Where(i => i.Kind == IndicatorKind.Stock))
            {
                var total = level[indicator.Code];
                var before = previous.TryGetValue(indicator.Code, out var p) ? p : (long)Math.Round(total * 0.95);
                builder.SetBoth(indicator.Code, total - before, total);
                previous[indicator.Code] = total;
            }

            AddFlows(builder, schema, previous, random, month);

            if (unit.Code == BadSumUnit && month == LastMonth)
            {
                builder.SetTotal("A03", level["A03"] + 1); // urban + rural ≠ all campuses
            }

            var due = month.PlusMonths(1).OnDayOfMonth(1);
            var filedOn = unit.Code == LateUnit && month == LastMonth ? new LocalDate(2018, 2, 3) : due.PlusDays(-random.Next(0, 4));
            builder.WithFiling(new ReportFiling
            {
                Preparer = "示例填表人",
                Reviewer = "示例审核人",
                Phone = "0371-00000000",
                FiledOn = filedOn,
                Revision = 1,
            });

            if (unit.Code == MissingUnit && month == LastMonth)
            {
                continue; // did not file
            }

            yield return builder.Build();
        }
    }

    private static void AddFlows(MonthlyReportBuilder builder, ReportSchema schema, Dictionary<string, long> running, Random random, YearMonth month)
    {
        var added = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["B01"] = random.Next(5, 40),
            ["B05"] = random.Next(0, 3),
            ["B06"] = random.Next(0, 2),
            ["B07"] = random.Next(2, 20),
            ["B08"] = random.Next(1, 10),
            ["B11"] = random.Next(50, 500),
            ["B16"] = random.Next(100, 900),
            ["B17"] = random.Next(0, 2),
            ["B18"] = random.Next(0, 3),
            ["B19"] = random.Next(0, 3),
            ["C01"] = random.Next(1, 10),
            ["C03"] = random.Next(3, 30),
            ["C05"] = random.Next(0, 6),
            ["C07"] = random.Next(0, 2),
        };
        added["B02"] = random.Next(0, (int)added["B01"] / 3 + 1);
        added["B03"] = random.Next((int)added["B01"] / 2, (int)added["B01"] + 1);
        added["B04"] = Math.Min(added["B02"], added["B03"]);
        added["C02"] = random.Next(0, (int)added["C01"] + 1);
        added["C04"] = random.Next(0, (int)added["C03"] + 1);
        added["C06"] = random.Next(0, (int)added["C05"] + 1);
        added["C08"] = added["C07"] * random.Next(1, 3);

        foreach (var indicator in schema.Indicators.Where(i => i.Kind == IndicatorKind.Flow))
        {
            var value = added[indicator.Code];
            var total = (running.TryGetValue(indicator.Code, out var before) ? before : 0) + value;
            running[indicator.Code] = total;
            builder.SetBoth(indicator.Code, value, total);
        }

        var day = 1;
        foreach (var code in new[] { "B05", "B06", "B17", "B18", "B19" })
        {
            for (var k = 0; k < added[code]; k++)
            {
                builder.AddCase(new CaseDetail(code, month.OnDayOfMonth(Math.Min(28, day += 3)), "（示例）某校周边", $"（合成示例）{schema[code].Label}一起，已依法处置。"));
            }
        }
    }
}
