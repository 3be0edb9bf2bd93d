using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace HuXiao.Reporting.Tests;

/// <summary>Generators of reports and unit trees for the property tests.</summary>
public static class Generators
{
    public static readonly ReportSchema Schema = ReportSchema.Zhengzhou2017;
    public static readonly YearMonth Period = new(2017, 5);

    /// <summary>A whole number anywhere in the 64-bit range, with the edges and small numbers well represented.</summary>
    public static Gen<long> AnyLong { get; } = Gen.Frequency(
        (3, Gen.Choose(-1000, 1_000_000).Select(i => (long)i)),
        (2, from hi in Gen.Choose(int.MinValue, int.MaxValue) from lo in Gen.Choose(int.MinValue, int.MaxValue) select unchecked(((long)hi << 32) | (uint)lo)),
        (1, Gen.Elements(long.MinValue, long.MinValue + 1, long.MaxValue, long.MaxValue - 1, 0L, -1L, 1L)));

    /// <summary>Values small enough that sums of a few hundred never overflow.</summary>
    public static Gen<long> SmallLong { get; } = Gen.Choose(-1_000_000, 1_000_000).Select(i => (long)i);

    /// <summary>An array of exactly <paramref name="length"/> values.</summary>
    public static Gen<T[]> ArrayOf<T>(int length, Gen<T> gen) => Gen.ArrayOf(gen, length);

    /// <summary>A cell: blank one time in five.</summary>
    public static Gen<long?> Cell(Gen<long> values) => Gen.Frequency(
        (1, Gen.Constant<long?>(null)),
        (4, values.Select(v => (long?)v)));

    public static Gen<long?[]> Cells(Gen<long> values) => Generators.ArrayOf(Schema.Count * 2, Cell(values));

    public static MonthlyReport Report(string unitCode, long?[] cells, YearMonth? period = null, int revision = 1)
    {
        var builder = MonthlyReport.CreateBuilder(Schema, new OrganisationUnit(unitCode, "单位" + unitCode), period ?? Period)
            .WithFiling(new ReportFiling { Revision = revision });
        for (var i = 0; i < Schema.Count; i++)
        {
            builder.Set(i, ReportRow.New, cells[i]);
            builder.Set(i, ReportRow.Total, cells[Schema.Count + i]);
        }

        return builder.Build();
    }

    /// <summary>Reports from distinct units U0…Un-1.</summary>
    public static Gen<MonthlyReport[]> DistinctReports(int min, int max) =>
        from n in Gen.Choose(min, max)
        from cells in Generators.ArrayOf(n, Cells(SmallLong))
        select cells.Select((c, i) => Report("U" + i, c)).ToArray();

    /// <summary>Cells as read back from a report, for comparisons.</summary>
    public static long?[] CellsOf(MonthlyReport report)
        => Enumerable.Range(0, report.Schema.Count).Select(i => report.GetValue(i, ReportRow.New))
            .Concat(Enumerable.Range(0, report.Schema.Count).Select(i => report.GetValue(i, ReportRow.Total)))
            .ToArray();

    /// <summary>The numbers a consistent report is made from (see <see cref="ConsistentReportFrom"/>); shrinking them keeps the report consistent.</summary>
    public static Gen<int[]> ConsistentSeeds { get; } = Generators.ArrayOf(Schema.Count * 4, Gen.Choose(0, 10_000));

    /// <summary>
    /// A fully filled report that obeys every sum-preserving rule of the form (A02 + A03 = A01 and the ≤ rules),
    /// with non-negative values, made from <see cref="ConsistentSeeds"/>.
    /// </summary>
    public static MonthlyReport ConsistentReportFrom(string unitCode, int[] seeds)
        => Build(unitCode, MakeConsistent(seeds[..(Schema.Count * 2)]), MakeConsistent(seeds[(Schema.Count * 2)..]));

    /// <summary>Smaller seeds: all halved, then one at a time set to 0.</summary>
    public static IEnumerable<int[]> ShrinkSeeds(int[] seeds)
    {
        if (seeds.Any(s => s > 1))
        {
            yield return seeds.Select(s => s / 2).ToArray();
        }

        for (var i = 0; i < seeds.Length; i++)
        {
            if (seeds[i] != 0)
            {
                var copy = (int[])seeds.Clone();
                copy[i] = 0;
                yield return copy;
            }
        }
    }

    private static MonthlyReport Build(string unitCode, Dictionary<string, long> added, Dictionary<string, long> total)
    {
        var builder = MonthlyReport.CreateBuilder(Schema, new OrganisationUnit(unitCode, "单位" + unitCode), Period);
        foreach (var indicator in Schema.Indicators)
        {
            builder.SetBoth(indicator.Code, added[indicator.Code], total[indicator.Code]);
        }

        return builder.Build();
    }

    private static Dictionary<string, long> MakeConsistent(int[] seeds)
    {
        var next = 0;
        long Seed() => seeds[next++];
        long UpTo(long bound) => bound == 0 ? 0 : Seed() % (bound + 1);

        var v = new Dictionary<string, long>(StringComparer.Ordinal);
        v["A02"] = Seed();
        v["A03"] = Seed();
        v["A01"] = v["A02"] + v["A03"];
        foreach (var code in new[] { "A08", "A11", "A13", "A16", "A18", "A19" })
        {
            v[code] = UpTo(v["A01"]);
        }

        v["A05"] = UpTo(v["A01"]);
        v["A07"] = UpTo(v["A01"]);
        v["A10"] = UpTo(v["A01"]);
        v["A12"] = UpTo(v["A11"]);
        v["A14"] = UpTo(v["A13"]);
        v["A17"] = UpTo(v["A16"]);
        v["A04"] = v["A05"] + Seed();
        v["A06"] = v["A07"] + Seed();
        v["A09"] = v["A10"] + Seed();
        v["A15"] = v["A16"] + Seed();
        v["B01"] = Seed();
        v["B03"] = UpTo(v["B01"]);
        v["B02"] = UpTo(v["B01"]);
        v["B04"] = UpTo(Math.Min(v["B02"], v["B03"]));
        v["B12"] = UpTo(v["A03"]);
        v["B15"] = UpTo(v["A02"]);
        v["C01"] = Seed();
        v["C02"] = UpTo(v["C01"]);
        v["C03"] = Seed();
        v["C04"] = UpTo(v["C03"]);
        v["C05"] = Seed();
        v["C06"] = UpTo(v["C05"]);
        foreach (var indicator in Schema.Indicators.Where(i => !v.ContainsKey(i.Code)))
        {
            v[indicator.Code] = Seed();
        }

        return v;
    }
}
