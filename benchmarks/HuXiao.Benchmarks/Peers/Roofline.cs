using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using HuXiao.Benchmarks.Data;

namespace HuXiao.Benchmarks.Peers;

/// <summary>
/// The memory-bandwidth limit for a roll-up: a plain vectorised sum (no overflow check, no grouping) over the
/// leaf values as a plain program holds them — one <see cref="long"/> per cell (<see cref="Dataset.Values64"/>),
/// whatever HuXiao's own batch does to store fewer bytes. The roofline is the better of one thread and all cores.
/// </summary>
public static class Roofline
{
    /// <summary>The faster of a 256-bit and a 512-bit sum (which wins depends on the hardware).</summary>
    public static long Sum(ReadOnlySpan<long> values) => Wide ? Sum512(values) : Sum256(values);

    /// <summary>Set by <see cref="Calibrate"/>: whether 512-bit vectors sum faster here.</summary>
    public static bool Wide { get; private set; }

    /// <summary>Times both widths once over the values and keeps the faster for <see cref="Sum(ReadOnlySpan{long})"/>.</summary>
    public static void Calibrate(long[] values)
    {
        if (!Vector512.IsHardwareAccelerated)
        {
            return;
        }

        var narrow = Timer.Median(() => Sum256(values), repetitions: 5);
        var wide = Timer.Median(() => Sum512(values), repetitions: 5);
        Wide = wide < narrow;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long Sum256(ReadOnlySpan<long> values)
    {
        ref var v = ref MemoryMarshal.GetReference(values);
        var a0 = Vector256<long>.Zero;
        var a1 = Vector256<long>.Zero;
        var a2 = Vector256<long>.Zero;
        var a3 = Vector256<long>.Zero;
        nuint i = 0;
        var n = (nuint)values.Length;
        for (; i + 16 <= n; i += 16)
        {
            a0 += Vector256.LoadUnsafe(ref v, i);
            a1 += Vector256.LoadUnsafe(ref v, i + 4);
            a2 += Vector256.LoadUnsafe(ref v, i + 8);
            a3 += Vector256.LoadUnsafe(ref v, i + 12);
        }

        var sum = Vector256.Sum(a0 + a1 + a2 + a3);
        for (; i < n; i++)
        {
            sum += Unsafe.Add(ref v, i);
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long Sum512(ReadOnlySpan<long> values)
    {
        ref var v = ref MemoryMarshal.GetReference(values);
        var a0 = Vector512<long>.Zero;
        var a1 = Vector512<long>.Zero;
        var a2 = Vector512<long>.Zero;
        var a3 = Vector512<long>.Zero;
        nuint i = 0;
        var n = (nuint)values.Length;
        for (; i + 32 <= n; i += 32)
        {
            a0 += Vector512.LoadUnsafe(ref v, i);
            a1 += Vector512.LoadUnsafe(ref v, i + 8);
            a2 += Vector512.LoadUnsafe(ref v, i + 16);
            a3 += Vector512.LoadUnsafe(ref v, i + 24);
        }

        var sum = Vector512.Sum(a0 + a1 + a2 + a3);
        for (; i < n; i++)
        {
            sum += Unsafe.Add(ref v, i);
        }

        return sum;
    }

    /// <summary>The same sum split over every core.</summary>
    public static long SumParallel(long[] values)
    {
        var threads = Environment.ProcessorCount;
        var length = values.Length;
        var partial = new long[threads];
        var chunk = ((length / threads) + 31) & ~31;
        Parallel.For(0, threads, t =>
        {
            var start = Math.Min(length, t * chunk);
            var end = t == threads - 1 ? length : Math.Min(length, start + chunk);
            partial[t] = Sum(values.AsSpan(start, end - start));
        });
        return partial.Sum();
    }
}
