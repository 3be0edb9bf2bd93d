using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting.Aggregation.Kernels;

namespace HuXiao.Reporting.Tests.Aggregation.Kernels;

/// <summary>
/// The checked 64-bit sums, lane by lane: an overflow placed in every position of every length up to a few vectors
/// past the widest loop, at every alignment, must be reported — so each vector lane's flag and the scalar tail's
/// are needed — and a sum at the edge of the range that does not overflow must come out exact.
/// </summary>
public class CheckedSumsTests
{
    // Longer than the 8-wide loop, the 4-wide loop and a 3-cell tail together; 92 is the Zhengzhou form's width.
    public static TheoryData<int> Lengths => new(Enumerable.Range(0, 20).Append(92).Append(93).Append(95));

    // Spans starting 0–3 longs into their array: each start puts the vector loads on a different 32-byte boundary.
    private static readonly int[] Alignments = [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void TryAddInto_reports_an_overflow_in_every_lane_and_the_tail(int length)
    {
        foreach (var align in Alignments)
        {
            for (var k = 0; k < length; k++)
            {
                foreach (var (x, y) in new[] { (long.MaxValue, 1L), (long.MinValue, -1L), (1L, long.MaxValue), (long.MinValue + 5, -6L) })
                {
                    var (acc, src) = Arrays(length, align, k, x, y);
                    Assert.False(CheckedSums.TryAddInto(acc.AsSpan(align, length), src.AsSpan(align, length)), $"length {length}, alignment {align}, overflow in cell {k}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void TryAddInto_adds_exactly_up_to_the_edge_of_the_range(int length)
    {
        foreach (var align in Alignments)
        {
            for (var k = 0; k < length; k++)
            {
                foreach (var (x, y) in new[] { (long.MaxValue, 0L), (long.MaxValue - 1, 1L), (long.MinValue, 0L), (long.MinValue + 1, -1L), (long.MaxValue, long.MinValue) })
                {
                    var (acc, src) = Arrays(length, align, k, x, y);
                    var expected = acc.Zip(src, (a, b) => (Int128)a + b).ToArray();
                    Assert.True(CheckedSums.TryAddInto(acc.AsSpan(align, length), src.AsSpan(align, length)), $"length {length}, alignment {align}, edge in cell {k}");
                    Assert.Equal(expected.Skip(align).Take(length), acc.Skip(align).Take(length).Select(v => (Int128)v));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void TryReplace_reports_an_overflow_in_either_step_in_every_lane_and_the_tail(int length)
    {
        foreach (var align in Alignments)
        {
            for (var k = 0; k < length; k++)
            {
                // total − old leaves the range; then (total − old) + new does.
                foreach (var (t, o, n) in new[] { (long.MinValue, 1L, 0L), (long.MaxValue, -1L, 0L), (long.MaxValue, 0L, 1L), (long.MinValue, 0L, -1L) })
                {
                    var total = Filled(length, align, 7, k, t);
                    var old = Filled(length, align, 3, k, o);
                    var added = Filled(length, align, 5, k, n);
                    var result = new long[length + align];
                    Assert.False(CheckedSums.TryReplace(total.AsSpan(align, length), old.AsSpan(align, length), added.AsSpan(align, length), result.AsSpan(align, length)), $"length {length}, alignment {align}, cell {k}, {t} − {o} + {n}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void TryReplace_with_no_old_or_no_new_report_checks_the_one_step_left(int length)
    {
        for (var k = 0; k < length; k++)
        {
            var total = Filled(length, 0, 7, k, long.MaxValue);
            var one = Filled(length, 0, 3, k, 1);
            var minusOne = Filled(length, 0, 3, k, -1);
            var result = new long[length];
            Assert.False(CheckedSums.TryReplace(total, default, one, result), $"added, cell {k}");
            Assert.False(CheckedSums.TryReplace(total, minusOne, default, result), $"withdrawn, cell {k}");
            Assert.True(CheckedSums.TryReplace(total, one, default, result), $"withdrawn within range, cell {k}");
            Assert.Equal(total.Zip(one, (a, b) => a - b), result);
        }
    }

    [Property(MaxTest = 300)]
    public Property TryAddInto_is_exact_or_refuses_for_any_values()
        => Prop.ForAll(Pairs().ToArbitrary(), pair =>
        {
            var (acc, src) = pair;
            var exact = acc.Zip(src, (a, b) => (Int128)a + b).ToArray();
            var fits = exact.All(v => v >= long.MinValue && v <= long.MaxValue);
            var ok = CheckedSums.TryAddInto(acc, src);
            return ok == fits && (!ok || acc.Select(v => (Int128)v).SequenceEqual(exact));
        });

    [Property(MaxTest = 300)]
    public Property TryReplace_is_exact_when_no_step_overflows()
        => Prop.ForAll(Pairs().SelectMany(p => Generators.ArrayOf(p.Item1.Length, Generators.AnyLong), (p, added) => (p.Item1, p.Item2, added)).ToArbitrary(), triple =>
        {
            var (total, old, added) = triple;
            var steps = total.Select((t, i) => ((Int128)t - old[i], (Int128)t - old[i] + added[i])).ToArray();
            var fits = steps.All(s => Fits(s.Item1) && Fits(s.Item2));
            var result = new long[total.Length];
            var ok = CheckedSums.TryReplace(total, old, added, result);
            return ok == fits && (!ok || result.Select(v => (Int128)v).SequenceEqual(steps.Select(s => s.Item2)));
        });

    [Fact]
    public void Spans_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CheckedSums.TryAddInto(new long[4], new long[5]));
        Assert.Throws<ArgumentException>(() => CheckedSums.TryReplace(new long[4], new long[3], new long[4], new long[4]));
    }

    private static bool Fits(Int128 v) => v >= long.MinValue && v <= long.MaxValue;

    private static Gen<(long[], long[])> Pairs()
        => from length in Gen.Choose(0, 40)
           from acc in Generators.ArrayOf(length, Generators.AnyLong)
           from src in Generators.ArrayOf(length, Generators.AnyLong)
           select (acc, src);

    // Arrays of length + align whose cells hold small distinct values, and x and y at cell k (after the alignment prefix).
    private static (long[] Acc, long[] Src) Arrays(int length, int align, int k, long x, long y)
        => (Filled(length, align, 11, k, x), Filled(length, align, 13, k, y));

    private static long[] Filled(int length, int align, int step, int k, long atK)
    {
        var values = new long[length + align];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ((i * step) % 17) - 8;
        }

        values[align + k] = atK;
        return values;
    }

    [Fact]
    public void Two_overflows_in_the_scalar_tail_do_not_cancel_out()
    {
        // Three cells are all tail; an overflow's flag is the sign bit, and a second one must not clear it.
        long[] acc = [long.MaxValue, 0, long.MaxValue];
        Assert.False(CheckedSums.TryAddInto(acc, [1, 0, 1]));

        long[] result = new long[3];
        Assert.False(CheckedSums.TryReplace([long.MaxValue, 0, long.MaxValue], [0, 0, 0], [1, 0, 1], result));
        Assert.False(CheckedSums.TryReplace([long.MaxValue, 0, long.MaxValue], [], [1, 0, 1], result));
        Assert.False(CheckedSums.TryReplace([long.MinValue, 0, long.MinValue], [1, 0, 1], [0, 0, 0], result));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void TryReplace_writes_no_cell_past_the_result(int length)
    {
        var total = Enumerable.Range(0, length).Select(i => (long)i).ToArray();
        var old = new long[length];
        var added = Enumerable.Repeat(1L, length).ToArray();
        var buffer = Enumerable.Repeat(-7L, length + 8).ToArray();
        Assert.True(CheckedSums.TryReplace(total, old, added, buffer.AsSpan(0, length)));
        Assert.Equal(total.Select(t => t + 1), buffer[..length]);
        Assert.All(buffer[length..], b => Assert.Equal(-7L, b));
    }

    [Fact]
    public void Cell_arrays_of_different_lengths_are_refused()
    {
        var add = Assert.Throws<ArgumentException>(() => CheckedSums.TryAddInto(new long[4], new long[5]));
        Assert.Equal("src", add.ParamName);
        Assert.StartsWith("Cell arrays differ in length.", add.Message, StringComparison.Ordinal);
        var replace = Assert.Throws<ArgumentException>(() => CheckedSums.TryReplace(new long[4], new long[3], [], new long[4]));
        Assert.Equal("result", replace.ParamName);
        Assert.StartsWith("Cell arrays differ in length.", replace.Message, StringComparison.Ordinal);
    }
}
