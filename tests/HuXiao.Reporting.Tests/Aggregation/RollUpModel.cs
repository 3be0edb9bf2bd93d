using HuXiao.Reporting.Aggregation;

namespace HuXiao.Reporting.Tests.Aggregation;

/// <summary>One unit's figures in the model.</summary>
/// <param name="Values">Per cell the exact sum of the reporting children's filled cells; null where none filled it.</param>
/// <param name="FilledCounts">Per cell, how many reporting children filled it.</param>
/// <param name="Reported">Codes of the children that reported, in unit-code order.</param>
/// <param name="Missing">Codes of the children that did not, in hierarchy order.</param>
/// <param name="Superseded">Revisions of leaf children left out, in unit-code then revision order.</param>
/// <param name="Cases">The case details from below, in unit-code order.</param>
public sealed record ModelTotals(Int128?[] Values, int[] FilledCounts, string[] Reported, string[] Missing, SupersededReport[] Superseded, CaseDetail[] Cases);

/// <summary>
/// What a roll-up must give, computed the plainest way, independent of the library's engine: each unit's
/// children, the highest revision of each leaf, 128-bit sums cell by cell through <see cref="MonthlyReport.GetValue"/>,
/// recursion up the tree. A total is an overflow when its exact value does not fit 64 bits.
/// </summary>
public sealed class RollUpModel
{
    private static readonly ReportSchema Schema = RollUpScenario.Schema;
    private static readonly int Cells = Schema.Count * 2;

    private RollUpModel(Dictionary<string, ModelTotals> units, Dictionary<string, MonthlyReport> latest)
    {
        Units = units;
        Latest = latest;
    }

    /// <summary>Every unit with children.</summary>
    public IReadOnlyDictionary<string, ModelTotals> Units { get; }

    /// <summary>The report kept for each leaf that reported.</summary>
    public IReadOnlyDictionary<string, MonthlyReport> Latest { get; }

    /// <summary>Whether some unit's exact total leaves the 64-bit range (the roll-up must refuse it).</summary>
    public bool Overflows => Units.Values.Any(u => u.Values.Any(v => v is { } x && (x > long.MaxValue || x < long.MinValue)));

    public static RollUpModel Of(UnitHierarchy hierarchy, IEnumerable<MonthlyReport> reports)
    {
        var all = reports.ToArray();
        var latest = all.GroupBy(r => r.Unit.Code).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Revision).First(), StringComparer.Ordinal);
        var units = new Dictionary<string, ModelTotals>(StringComparer.Ordinal);
        Visit(hierarchy.Root);
        return new RollUpModel(units, latest);

        // Returns the unit's figures as a child sees them (null when nothing below it reported).
        (Int128?[] Values, CaseDetail[] Cases)? Visit(OrganisationUnit unit)
        {
            if (hierarchy.IsLeaf(unit.Code))
            {
                return latest.TryGetValue(unit.Code, out var own) ? (CellsOf(own), own.Cases.ToArray()) : null;
            }

            var values = new Int128?[Cells];
            var counts = new int[Cells];
            var reported = new List<(string Code, CaseDetail[] Cases)>();
            var missing = new List<string>();
            foreach (var child in hierarchy.ChildrenOf(unit.Code))
            {
                if (Visit(child) is not { } figures)
                {
                    missing.Add(child.Code);
                    continue;
                }

                reported.Add((child.Code, figures.Cases));
                for (var c = 0; c < Cells; c++)
                {
                    if (figures.Values[c] is { } v)
                    {
                        values[c] = (values[c] ?? 0) + v;
                        counts[c]++;
                    }
                }
            }

            var children = hierarchy.ChildrenOf(unit.Code).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
            var superseded = all
                .Where(r => children.Contains(r.Unit.Code) && !ReferenceEquals(r, latest[r.Unit.Code]))
                .Select(r => new SupersededReport(r.Unit, r.Revision, latest[r.Unit.Code].Revision))
                .OrderBy(s => s.Unit.Code, StringComparer.Ordinal).ThenBy(s => s.Revision)
                .ToArray();
            var ordered = reported.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
            var cases = ordered.SelectMany(r => r.Cases).ToArray();
            units[unit.Code] = new ModelTotals(values, counts, ordered.Select(r => r.Code).ToArray(), missing.ToArray(), superseded, cases);
            return reported.Count == 0 ? null : (values, cases);
        }
    }

    public static Int128?[] CellsOf(MonthlyReport report)
        => Enumerable.Range(0, Cells).Select(c => (Int128?)report.GetValue(c % Schema.Count, c < Schema.Count ? ReportRow.New : ReportRow.Total)).ToArray();

    /// <summary>Asserts that a roll-up over a hierarchy gives the model's figures for every unit with children.</summary>
    public void AssertMatches(HierarchyRollUp actual)
    {
        Assert.Equal(Units.Keys.Order(StringComparer.Ordinal), actual.Units.Select(u => u.Code).Order(StringComparer.Ordinal));
        foreach (var (code, expected) in Units)
        {
            AssertMatches(expected, actual[code], actual);
        }
    }

    /// <summary>Asserts that one unit's result gives the model's figures; the used reports are the leaves' own or the children's totals.</summary>
    public void AssertMatches(ModelTotals expected, IRollUpResult actual, HierarchyRollUp? tree = null)
    {
        var code = actual.Unit.Code;
        Assert.Equal(expected.Reported, actual.Reported.Select(u => u.Code));
        Assert.Equal(expected.Missing, actual.Missing);
        Assert.Equal(expected.Superseded, actual.Superseded);
        Assert.Empty(actual.Unexpected);
        Assert.Equal(expected.Values, CellsOf(actual.Report));
        Assert.Equal(expected.Cases, actual.Report.Cases);
        Assert.Equal(code, actual.Report.Unit.Code);
        for (var c = 0; c < Cells; c++)
        {
            var (ordinal, row) = (c % Schema.Count, c < Schema.Count ? ReportRow.New : ReportRow.Total);
            Assert.Equal(expected.Values[c], (Int128?)actual.GetValue(ordinal, row));
            Assert.Equal(expected.FilledCounts[c], actual.FilledCount(ordinal, row));
        }

        Assert.Equal(expected.Reported.Length, actual.Used.Count);
        foreach (var used in actual.Used)
        {
            var childCode = used.Unit.Code;
            if (Latest.TryGetValue(childCode, out var leaf))
            {
                Assert.Equal(leaf, used);
            }
            else
            {
                Assert.Equal(Units[childCode].Values, CellsOf(used));
                if (tree is not null)
                {
                    Assert.Same(tree[childCode].Report, used);
                }
            }
        }
    }
}
