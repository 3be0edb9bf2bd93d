using HuXiao.Reporting.Aggregation;
using NodaTime;

namespace HuXiao.Reporting.Tests.Aggregation;

/// <summary>
/// A random unit tree with leaf reports, built from a seed so that FsCheck can generate it with
/// <c>Gen.Choose</c>: any depth up to 4, any fan-out, some leaves missing, blanks, negative values, cases and
/// several revisions from one unit.
/// </summary>
public sealed class BatchScenario
{
    public static readonly ReportSchema Schema = ReportSchema.Zhengzhou2017;
    public static readonly YearMonth Period = new(2017, 5);

    private BatchScenario(int seed, UnitHierarchy hierarchy, IReadOnlyList<OrganisationUnit> leaves, IReadOnlyList<MonthlyReport> reports)
    {
        Seed = seed;
        Hierarchy = hierarchy;
        Leaves = leaves;
        Reports = reports;
    }

    public int Seed { get; }

    public UnitHierarchy Hierarchy { get; }

    public IReadOnlyList<OrganisationUnit> Leaves { get; }

    /// <summary>Leaf reports, several revisions per unit allowed.</summary>
    public IReadOnlyList<MonthlyReport> Reports { get; }

    public override string ToString() => $"seed {Seed}: {Hierarchy.Count} units, {Reports.Count} reports";

    public static BatchScenario Create(int seed, long minValue = -5, long maxValue = 60, double blankRate = 0.1)
    {
        var random = new Random(seed);
        var root = new OrganisationUnit("N", "全国");
        var builder = UnitHierarchy.CreateBuilder(root);
        var depth = random.Next(1, 5);
        var level = new List<OrganisationUnit> { root };
        var next = 0;
        for (var d = 0; d < depth; d++)
        {
            var below = new List<OrganisationUnit>();
            foreach (var parent in level)
            {
                // Parents above the last level may also hold leaves beside units with children.
                var fanOut = random.Next(d == depth - 1 ? 1 : 0, 5);
                for (var c = 0; c < fanOut; c++)
                {
                    var unit = new OrganisationUnit($"U{next++:D4}", $"单位{next}");
                    builder.Add(unit, parent.Code);
                    below.Add(unit);
                }
            }

            if (below.Count == 0)
            {
                break;
            }

            level = below;
        }

        var hierarchy = builder.Build();
        var leaves = hierarchy.Leaves.Where(u => u.Code != root.Code).ToArray();
        var reports = new List<MonthlyReport>();
        foreach (var leaf in leaves)
        {
            if (random.NextDouble() < 0.2)
            {
                continue; // missing
            }

            var revisions = random.NextDouble() < 0.15 ? 2 : 1;
            for (var r = 1; r <= revisions; r++)
            {
                reports.Add(RandomReport(random, leaf, r, minValue, maxValue, blankRate));
            }
        }

        // Shuffle so revisions and units arrive in any order.
        var shuffled = reports.OrderBy(_ => random.Next()).ToArray();
        return new BatchScenario(seed, hierarchy, leaves, shuffled);
    }

    public static MonthlyReport RandomReport(Random random, OrganisationUnit unit, int revision, long minValue, long maxValue, double blankRate, YearMonth? period = null)
    {
        var b = MonthlyReport.CreateBuilder(Schema, unit, period ?? Period).WithFiling(ReportFiling.Unfiled with { Revision = revision });
        for (var i = 0; i < Schema.Count; i++)
        {
            foreach (var row in new[] { ReportRow.New, ReportRow.Total })
            {
                if (random.NextDouble() >= blankRate)
                {
                    b.Set(i, row, minValue + (long)(random.NextDouble() * (maxValue - minValue + 1)));
                }
            }
        }

        if (random.NextDouble() < 0.2)
        {
            b.AddCase(new CaseDetail("B17", new LocalDate(2017, 5, 12), "校门口", "概要"));
        }

        return b.Build();
    }

    public ReportBatch Batch() => ReportBatch.FromReports(Schema, Period, Reports);

    /// <summary>The reports a roll-up uses: the highest revision of each unit.</summary>
    public IReadOnlyList<MonthlyReport> Latest()
        => Reports.GroupBy(r => r.Unit.Code).Select(g => g.OrderByDescending(r => r.Revision).First()).ToArray();
}
