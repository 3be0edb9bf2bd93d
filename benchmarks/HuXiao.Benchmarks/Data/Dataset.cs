using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using NodaTime;

namespace HuXiao.Benchmarks.Data;

/// <summary>
/// Deterministic synthetic data for one scenario: a unit tree shaped like China's (nation → provinces →
/// cities → counties → campuses), and two consecutive months of plausible campus reports that pass every rule,
/// except a few (about 0.5 %) that carry findings, as real data does. Every peer reads the same values.
/// </summary>
public sealed class Dataset
{
    public static readonly ReportSchema Schema = ReportSchema.Zhengzhou2017;
    public static readonly YearMonth Period = new(2017, 5);
    public const int Cells = 92;

    private Dataset(string name, UnitHierarchy hierarchy, OrganisationUnit[] leaves, int[] leafGroup, int[][] levelParents, ReportBatch current, ReportBatch previous, double bytesPerReport)
    {
        Name = name;
        Hierarchy = hierarchy;
        Leaves = leaves;
        LeafGroup = leafGroup;
        LevelParents = levelParents;
        Current = current;
        Previous = previous;
        BytesPerReport = bytesPerReport;
    }

    public string Name { get; }

    public UnitHierarchy Hierarchy { get; }

    /// <summary>The campuses, in batch order.</summary>
    public OrganisationUnit[] Leaves { get; }

    /// <summary>For each leaf, the index of its parent group (its county, or the root for a flat city).</summary>
    public int[] LeafGroup { get; }

    /// <summary>LevelParents[l][g]: the parent index, at level l − 1, of group g at level l (bottom level last).</summary>
    public int[][] LevelParents { get; }

    /// <summary>This month's reports.</summary>
    public ReportBatch Current { get; }

    /// <summary>Last month's reports (合计 = this month's 合计 − 新增).</summary>
    public ReportBatch Previous { get; }

    /// <summary>
    /// This month's leaf values as a plain program would hold them: one <see cref="long"/> per cell, 92 per report, a
    /// blank as 0 — what the roofline streams (HuXiao's own batch keeps them in 32 bits where they fit). Built on each
    /// call from the batch, so the copy lives only as long as the caller keeps it.
    /// </summary>
    public long[] Values64()
    {
        var cells = Current.CellsPerReport;
        var values = new long[Current.Count * cells];
        for (var i = 0; i < Current.Count; i++)
        {
            Current.CopyRawValues(i, values.AsSpan(i * cells, cells));
        }

        return values;
    }

    /// <summary>Bytes allocated to store one report in <see cref="ReportBatch"/>, measured while building it.</summary>
    public double BytesPerReport { get; }

    public int LeafCount => Leaves.Length;

    /// <summary>The group count at each level below the root, top first; the last is the leaves' parents.</summary>
    public int[] LevelCounts => LevelParents.Select(p => p.Length).ToArray();

    /// <summary>National shape: 31 provinces, ~340 cities, ~2,850 counties, scaled with the leaf count.</summary>
    public static Dataset National(int leaves) => Create("national", leaves, [31, 340, 2_850], 500_000);

    /// <summary>A big province: 17 cities, 158 counties, ~50,000 campuses.</summary>
    public static Dataset Province(int leaves) => Create("province", leaves, [17, 158], 50_000);

    /// <summary>A city of 16 district and county units, each a leaf.</summary>
    public static Dataset City() => Create("city", 16, [], 16);

    public static Dataset Create(string name, int leaves, int[] fullLevels, int fullLeaves)
    {
        var ratio = Math.Min(1.0, leaves / (double)fullLeaves);
        var levels = fullLevels.Select(c => Math.Clamp((int)Math.Ceiling(c * ratio), 1, c)).ToArray();
        var root = new OrganisationUnit("CN", name);
        var builder = UnitHierarchy.CreateBuilder(root);
        var levelParents = new int[levels.Length][];
        var levelUnits = new List<OrganisationUnit[]>();
        var above = new[] { root };
        for (var l = 0; l < levels.Length; l++)
        {
            var units = new OrganisationUnit[levels[l]];
            var parents = new int[levels[l]];
            for (var g = 0; g < units.Length; g++)
            {
                // Spread evenly: group g belongs to parent g * above / count.
                parents[g] = (int)((long)g * above.Length / units.Length);
                units[g] = new OrganisationUnit($"L{l}-{g:D5}", $"单位{l}-{g}");
                builder.Add(units[g], above[parents[g]].Code);
            }

            levelParents[l] = parents;
            levelUnits.Add(units);
            above = units;
        }

        var leafUnits = new OrganisationUnit[leaves];
        var leafGroup = new int[leaves];
        for (var i = 0; i < leaves; i++)
        {
            leafGroup[i] = (int)((long)i * above.Length / leaves);
            leafUnits[i] = new OrganisationUnit($"S{i:D7}", "校园");
            builder.Add(leafUnits[i], above[leafGroup[i]].Code);
        }

        var hierarchy = builder.Build();
        var (current, previous, bytes) = Reports(leafUnits);
        return new Dataset(name, hierarchy, leafUnits, leafGroup, levelParents, current, previous, bytes);
    }

    private static (ReportBatch Current, ReportBatch Previous, double BytesPerReport) Reports(OrganisationUnit[] leaves)
    {
        var n = Schema.Count;
        var ord = Schema.Indicators.ToDictionary(i => i.Code, i => i.Ordinal);
        var rng = new XorShift(20170501);
        var now = new long[Cells];
        var before = new long[Cells];
        var added = new long[n];
        var total = new long[n];

        var start = GC.GetAllocatedBytesForCurrentThread();
        var cur = ReportBatch.CreateBuilder(Schema, Period, leaves.Length);
        var mid = GC.GetAllocatedBytesForCurrentThread();
        var prev = ReportBatch.CreateBuilder(Schema, Period.PlusMonths(-1), leaves.Length);
        for (var i = 0; i < leaves.Length; i++)
        {
            Array.Clear(added);
            Array.Clear(total);
            // Stocks: one campus, its defences; unchanged this month (新增 0), so every rule on totals holds in both months.
            var urban = rng.Next(2) == 1;
            total[ord["A01"]] = 1;
            total[ord["A02"]] = urban ? 1 : 0;
            total[ord["A03"]] = urban ? 0 : 1;
            void Pair(string count, string campuses, int most)
            {
                var has = rng.Next(4) != 0 ? 1 : 0;
                total[ord[campuses]] = has;
                total[ord[count]] = has * (1 + rng.Next(most));
            }

            Pair("A04", "A05", 20);
            Pair("A06", "A07", 5);
            Pair("A09", "A10", 30);
            Pair("A15", "A16", 120);
            total[ord["A08"]] = rng.Next(2);
            total[ord["A11"]] = rng.Next(2);
            total[ord["A12"]] = total[ord["A11"]] * rng.Next(2);
            total[ord["A13"]] = rng.Next(2);
            total[ord["A14"]] = total[ord["A13"]] * rng.Next(2);
            total[ord["A17"]] = total[ord["A16"]] * rng.Next(2);
            total[ord["A18"]] = rng.Next(2);
            total[ord["A19"]] = rng.Next(2);
            total[ord["B09"]] = rng.Next(3);
            total[ord["B10"]] = rng.Next(40);
            total[ord["B12"]] = total[ord["A03"]] * rng.Next(2);
            total[ord["B13"]] = rng.Next(2);
            total[ord["B14"]] = rng.Next(3);
            total[ord["B15"]] = total[ord["A02"]] * rng.Next(2);

            // Flows: this month's 新增 and the running 合计, each obeying the ≤ rules.
            void Flow(string whole, string part, int most)
            {
                var w = rng.Next(most);
                added[ord[whole]] = w;
                added[ord[part]] = w == 0 ? 0 : rng.Next(w + 1);
            }

            Flow("B01", "B03", 6);
            added[ord["B02"]] = added[ord["B03"]] == 0 ? 0 : rng.Next((int)added[ord["B03"]] + 1);
            added[ord["B04"]] = added[ord["B02"]] == 0 ? 0 : rng.Next((int)added[ord["B02"]] + 1);
            added[ord["B07"]] = rng.Next(3);
            added[ord["B08"]] = rng.Next(2);
            added[ord["B11"]] = rng.Next(60);
            added[ord["B16"]] = rng.Next(30);
            Flow("C01", "C02", 3);
            Flow("C03", "C04", 5);
            Flow("C05", "C06", 3);
            added[ord["C07"]] = rng.Next(100) == 0 ? 1 : 0;
            added[ord["C08"]] = added[ord["C07"]];

            // B05/B06/B17–B19 need case details when above zero: one report in 200 has a case without them (a warning).
            if (rng.Next(200) == 0)
            {
                added[ord["B17"]] = 1;
            }

            // The campaign so far: the same number of earlier months for every flow, so 合计 keeps the ≤ rules of 新增.
            var history = 1 + rng.Next(8);
            for (var k = 0; k < n; k++)
            {
                if (Schema[k].Kind == IndicatorKind.Flow)
                {
                    total[k] = (added[k] * history) + added[k];
                }

                now[k] = added[k];
                now[n + k] = total[k];
                before[k] = 0;
                before[n + k] = total[k] - added[k];
            }

            cur.Add(leaves[i], now);
            prev.Add(leaves[i], before);

            // One report in 1,000 leaves a cell blank (a warning), never a silent zero.
            if (rng.Next(1_000) == 0)
            {
                cur.Set(i, rng.Next(n), ReportRow.Total, null);
            }
        }

        var built = cur.Build();
        // Builder arrays are allocated up front (capacity), so this is the batch's own footprint, index included.
        var bytes = (double)(mid - start) / leaves.Length;
        return (built, prev.Build(), bytes);
    }
}

/// <summary>A tiny deterministic generator; System.Random is slower and its sequence may change between runtimes.</summary>
internal struct XorShift(ulong seed)
{
    private ulong _state = seed == 0 ? 0x9E3779B97F4A7C15 : seed;

    public int Next(int bound)
    {
        _state ^= _state << 13;
        _state ^= _state >> 7;
        _state ^= _state << 17;
        return (int)(_state % (ulong)bound);
    }
}
