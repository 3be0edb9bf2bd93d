using HuXiao.Benchmarks.Data;
using HuXiao.Reporting;

namespace HuXiao.Benchmarks.Peers;

/// <summary>One report as an integrator without HuXiao would hold it: a dictionary of cell key → value; a blank is a missing key.</summary>
public sealed record NaiveReport(string Unit, int Group, Dictionary<string, long> Values, int CaseCount);

/// <summary>
/// What an integrator would write without HuXiao: LINQ over per-report <c>Dictionary&lt;string,long&gt;</c>.
/// Same output as HuXiao's roll-up: per unit with children, the sum and the filled count of every cell
/// (LINQ's <c>Sum</c> over <see cref="long"/> is checked, so overflow is caught too).
/// </summary>
public static class NaiveLinq
{
    /// <summary>Cell keys like <c>A01.new</c>, <c>A01.total</c>, in batch cell order.</summary>
    public static readonly string[] Keys =
        Dataset.Schema.Indicators.Select(i => i.Code + ".new").Concat(Dataset.Schema.Indicators.Select(i => i.Code + ".total")).ToArray();

    public static List<NaiveReport> Load(Dataset data, bool previous = false)
    {
        var batch = previous ? data.Previous : data.Current;
        var list = new List<NaiveReport>(batch.Count);
        var raw = new long[batch.CellsPerReport];
        for (var i = 0; i < batch.Count; i++)
        {
            var values = new Dictionary<string, long>();
            batch.CopyRawValues(i, raw);
            var bits = batch.GetFilledBits(i);
            for (var c = 0; c < raw.Length; c++)
            {
                if ((bits[c >> 6] & (1UL << c)) != 0)
                {
                    values[Keys[c]] = raw[c];
                }
            }

            list.Add(new NaiveReport(batch.UnitAt(i).Code, data.LeafGroup[i], values, 0));
        }

        return list;
    }

    /// <summary>Rolls up level by level; returns the nation's totals (every level is computed).</summary>
    public static Dictionary<string, (long Sum, int Filled)> RollUp(List<NaiveReport> leaves, int[][] levelParents)
    {
        // Leaves into their groups.
        var groups = leaves
            .GroupBy(r => r.Group)
            .ToDictionary(g => g.Key, g => Sum(g.Select(r => r.Values)));

        // Then each level into the one above, up to the root.
        for (var level = levelParents.Length - 1; level >= 0; level--)
        {
            var parents = levelParents[level];
            groups = groups
                .GroupBy(kv => level == 0 ? 0 : parents[kv.Key])
                .ToDictionary(g => g.Key, g => Sum(g.Select(kv => kv.Value.ToDictionary(c => c.Key, c => c.Value.Sum))));
            if (level == 0)
            {
                break;
            }
        }

        return groups.Values.Single();
    }

    private static Dictionary<string, (long Sum, int Filled)> Sum(IEnumerable<Dictionary<string, long>> reports)
        => reports
            .SelectMany(r => r)
            .GroupBy(kv => kv.Key)
            .ToDictionary(g => g.Key, g => (g.Sum(kv => kv.Value), g.Count()));

    /// <summary>
    /// The form's rules over dictionaries, as an integrator would code them by hand (fewer messages than
    /// HuXiao's findings: a string per problem). Returns the problems found.
    /// </summary>
    public static List<string> Validate(List<NaiveReport> reports, List<NaiveReport>? previous)
    {
        var schema = Dataset.Schema;
        var problems = new List<string>();
        var prevByUnit = previous?.ToDictionary(r => r.Unit);
        var atMostPairs = new[]
        {
            ("A05", "A01"), ("A07", "A01"), ("A08", "A01"), ("A10", "A01"), ("A11", "A01"), ("A12", "A01"), ("A13", "A01"), ("A14", "A01"), ("A16", "A01"), ("A17", "A01"), ("A18", "A01"), ("A19", "A01"),
            ("A05", "A04"), ("A07", "A06"), ("A10", "A09"), ("A16", "A15"), ("A12", "A11"), ("A14", "A13"), ("A17", "A16"), ("B12", "A03"), ("B15", "A02"),
            ("B02", "B01"), ("B04", "B03"), ("B03", "B01"), ("B04", "B02"), ("C02", "C01"), ("C04", "C03"), ("C06", "C05"),
        };
        foreach (var r in reports)
        {
            var v = r.Values;
            foreach (var key in Keys)
            {
                if (!v.TryGetValue(key, out var x))
                {
                    problems.Add($"{r.Unit}: {key} blank");
                }
                else if (x < 0 && (key.EndsWith(".total", StringComparison.Ordinal) || schema[key[..3]].Kind == IndicatorKind.Flow))
                {
                    problems.Add($"{r.Unit}: {key} negative");
                }
                else if (x < 0)
                {
                    problems.Add($"{r.Unit}: {key} stock fell");
                }
            }

            foreach (var row in new[] { ".new", ".total" })
            {
                if (v.TryGetValue("A01" + row, out var a1) && v.TryGetValue("A02" + row, out var a2) && v.TryGetValue("A03" + row, out var a3) && a2 + a3 != a1)
                {
                    problems.Add($"{r.Unit}: A02+A03≠A01 {row}");
                }
            }

            foreach (var (lesser, greater) in atMostPairs)
            {
                if (v.TryGetValue(lesser + ".total", out var l) && v.TryGetValue(greater + ".total", out var g) && l > g)
                {
                    problems.Add($"{r.Unit}: {lesser}>{greater}");
                }
            }

            foreach (var code in new[] { "B05", "B06", "B17", "B18", "B19" })
            {
                if (v.TryGetValue(code + ".new", out var x) && x > 0 && r.CaseCount == 0)
                {
                    problems.Add($"{r.Unit}: {code} needs cases");
                }
            }

            if (prevByUnit is not null && prevByUnit.TryGetValue(r.Unit, out var p))
            {
                foreach (var indicator in schema.Indicators)
                {
                    if (p.Values.TryGetValue(indicator.Code + ".total", out var before) && v.TryGetValue(indicator.Code + ".new", out var added) && v.TryGetValue(indicator.Code + ".total", out var total) && checked(before + added) != total)
                    {
                        problems.Add($"{r.Unit}: {indicator.Code} chain");
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>The 合计 chain per unit over months: running total = previous + 新增, as dictionaries.</summary>
    public static List<Dictionary<string, long>> BuildTotals(List<List<Dictionary<string, long>>> unitsMonths)
    {
        var codes = Dataset.Schema.Indicators.Select(i => i.Code).ToArray();
        var result = new List<Dictionary<string, long>>();
        foreach (var months in unitsMonths)
        {
            var running = codes.ToDictionary(c => c, _ => 0L);
            foreach (var month in months)
            {
                var filled = new Dictionary<string, long>(month);
                foreach (var code in codes)
                {
                    if (month.TryGetValue(code + ".new", out var added))
                    {
                        running[code] = checked(running[code] + added);
                    }

                    filled[code + ".total"] = running[code];
                }

                result.Add(filled);
            }
        }

        return result;
    }
}
