using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Aggregation.Kernels;

namespace HuXiao.Reporting.Tests.Aggregation;

/// <summary>One batch row as generated: the cells set when it is added (the others 0), by cell and value.</summary>
/// <param name="Cells">Cell and value pairs.</param>
public sealed record RowSpec((int Cell, long Value)[] Cells);

/// <summary>A batch built row by row, then some cells set again.</summary>
/// <param name="Rows">The rows, added in order (the builder grows past its capacity on the way).</param>
/// <param name="Sets">Cells set after every row is added: row (taken modulo the row count), cell, value.</param>
public sealed record RowsSpec(RowSpec[] Rows, (int Row, int Cell, long Value)[] Sets);

/// <summary>
/// The marks of a batch's rows that hold a value that is not small: a run the roll-up sums in 32-bit lanes
/// (<see cref="ReportRows.AllSmall"/>) never holds such a value, whatever was written, set, widened or grown; and
/// for rows written whole, the mark is exact.
/// </summary>
public class ReportRowsTests
{
    private static readonly ReportSchema Schema = BatchScenario.Schema;
    private static readonly int Cells = Schema.Count * 2;

    /// <summary>Values on both sides of the small range's bounds, of the 32-bit range's, and past it.</summary>
    private static readonly Gen<long> Values = Gen.Frequency(
        (6, Gen.Choose(-5, 60).Select(v => (long)v)),
        (3, Gen.Elements(
            (long)NarrowRowSums.SmallLimit - 1, NarrowRowSums.SmallLimit, -NarrowRowSums.SmallLimit, -NarrowRowSums.SmallLimit - 1L,
            int.MaxValue, int.MinValue)),
        (1, Gen.Elements((long)int.MaxValue + 1, long.MinValue, long.MaxValue)));

    private static readonly Gen<RowSpec> Row =
        from n in Gen.Frequency((4, Gen.Constant(0)), (3, Gen.Choose(1, 3)))
        from cells in Gen.ArrayOf(from c in Gen.Choose(0, Cells - 1) from v in Values select (c, v), n)
        select new RowSpec(cells);

    [Property(MaxTest = 150)]
    public Property A_run_called_small_holds_only_small_values_and_rows_written_whole_are_marked_exactly()
        => Prop.ForAll(Specs(), spec =>
        {
            var (rows, model, setAgain) = Build(spec);
            var n = model.Length;

            // Per row: whether its narrow row may hold a value that is not small (a wide row's narrow row holds 0).
            var notSmall = Enumerable.Range(0, n).Select(r => !rows.IsWide(r) && model[r].Any(v => !NarrowRowSums.IsSmall(v))).ToArray();
            var before = new int[n + 1];
            for (var r = 0; r < n; r++)
            {
                before[r + 1] = before[r] + (notSmall[r] ? 1 : 0);
            }

            for (var r = 0; r < n; r++)
            {
                // The model agrees with the stored row: wide exactly when a value ever left 32 bits.
                var stored = new long[Cells];
                rows.CopyValues(r, stored);
                Assert.Equal(model[r], stored);
            }

            for (var first = 0; first < n; first++)
            {
                for (var count = 0; first + count <= n; count++)
                {
                    var small = rows.AllSmall(first, count);
                    var anyNotSmall = before[first + count] > before[first];
                    if (anyNotSmall)
                    {
                        Assert.False(small, $"rows {first}–{first + count - 1} hold a value that is not small, yet were called small");
                    }
                    else if (!setAgain)
                    {
                        Assert.True(small, $"rows {first}–{first + count - 1} hold only small values, yet were not called small");
                    }
                }
            }
        });

    [Fact]
    public void A_value_just_past_the_small_range_keeps_its_run_off_the_32_bit_path_and_sums_exactly()
    {
        // 70 rows at the bound would wrap a 32-bit sum of one chunk: 70 × 2²⁵ > 2³¹.
        foreach (var edge in new[] { (long)NarrowRowSums.SmallLimit, -NarrowRowSums.SmallLimit - 1L, int.MaxValue, int.MinValue })
        {
            var units = Enumerable.Range(0, 70).Select(i => new OrganisationUnit($"L{i:D3}", $"学校{i}")).ToArray();
            var builder = ReportBatch.CreateBuilder(Schema, BatchScenario.Period);
            foreach (var unit in units)
            {
                var values = new long[Cells];
                values[5] = edge;
                builder.Add(unit, values);
            }

            var batch = builder.Build();
            Assert.False(batch.Rows.AllSmall(0, batch.Count));
            var root = new OrganisationUnit("P", "上级");
            var total = batch.RollUp(UnitHierarchy.CreateBuilder(root).AddUnderRoot(units).Build()).Root;
            Assert.Equal(70 * edge, total.GetValue(5, ReportRow.New));
            Assert.Equal(0, total.GetValue(6, ReportRow.New));
        }
    }

    private static (ReportRows Rows, long[][] Model, bool SetAgain) Build(RowsSpec spec)
    {
        var builder = ReportBatch.CreateBuilder(Schema, BatchScenario.Period);
        var model = new long[spec.Rows.Length][];
        for (var r = 0; r < spec.Rows.Length; r++)
        {
            var values = new long[Cells];
            foreach (var (cell, value) in spec.Rows[r].Cells)
            {
                values[cell] = value;
            }

            builder.Add(new OrganisationUnit($"U{r:D3}", $"单位{r}"), values);
            model[r] = values;
        }

        var setAgain = false;
        foreach (var (row, cell, value) in spec.Sets)
        {
            if (model.Length > 0)
            {
                var r = row % model.Length;
                builder.Set(r, Schema.Layout.OrdinalOf(cell), Schema.Layout.RowOf(cell), value);
                model[r][cell] = value;
                setAgain = true;
            }
        }

        return (builder.Build().Rows, model, setAgain);
    }

    /// <summary>Specs that shrink: fewer rows, fewer sets, fewer cells per row.</summary>
    private static Arbitrary<RowsSpec> Specs()
        => Arb.From(
            from n in Gen.Frequency((3, Gen.Choose(0, 20)), (1, Gen.Choose(60, 140)))
            from rows in Gen.ArrayOf(Row, n)
            from k in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 6)))
            from sets in Gen.ArrayOf(from r in Gen.Choose(0, 200) from c in Gen.Choose(0, Cells - 1) from v in Values select (r, c, v), k)
            select new RowsSpec(rows, sets),
            Shrink);

    private static IEnumerable<RowsSpec> Shrink(RowsSpec spec)
    {
        if (spec.Rows.Length > 1)
        {
            yield return spec with { Rows = spec.Rows[..(spec.Rows.Length / 2)] };
        }

        for (var i = 0; i < spec.Sets.Length; i++)
        {
            yield return spec with { Sets = [.. spec.Sets[..i], .. spec.Sets[(i + 1)..]] };
        }

        for (var i = 0; i < spec.Rows.Length; i++)
        {
            yield return spec with { Rows = [.. spec.Rows[..i], .. spec.Rows[(i + 1)..]] };
        }

        for (var i = 0; i < spec.Rows.Length; i++)
        {
            for (var c = 0; c < spec.Rows[i].Cells.Length; c++)
            {
                var rows = (RowSpec[])spec.Rows.Clone();
                rows[i] = new RowSpec([.. spec.Rows[i].Cells[..c], .. spec.Rows[i].Cells[(c + 1)..]]);
                yield return spec with { Rows = rows };
            }
        }
    }
}
