namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// A fixed number of values per roll-up slot, kept in chunks below the large-object threshold (85,000 bytes): a
/// roll-up's totals then come from the young generation, whose memory the runtime reuses, rather than from fresh
/// large-object pages that must be faulted in on first touch (a few milliseconds for a national roll-up, and
/// pressure towards full collections). Each slot's values are contiguous.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class SlotArray<T>
    where T : struct
{
    private const int ChunkBytes = 80_000;

    private readonly T[][] _chunks;
    private readonly int _shift;
    private readonly int _mask;

    internal SlotArray(int slots, int width)
    {
        Width = width;
        // Slots per chunk: a power of two, so finding a slot is a shift and a mask.
        // Stryker disable once Arithmetic,Linq : equivalent, only changes how many slots a chunk holds (at least one, a power of two below)
        var fit = Math.Max(1, ChunkBytes / Math.Max(1, width * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()));
        _shift = System.Numerics.BitOperations.Log2((uint)fit);
        _mask = (1 << _shift) - 1;
        var perChunk = 1 << _shift;
        var chunks = (slots + perChunk - 1) >> _shift;
        _chunks = new T[chunks][];
        for (var c = 0; c < chunks; c++)
        {
            _chunks[c] = new T[Math.Min(perChunk, slots - (c * perChunk)) * width];
        }
    }

    private SlotArray(SlotArray<T> other)
    {
        Width = other.Width;
        _shift = other._shift;
        _mask = other._mask;
        _chunks = other._chunks.Select(c => (T[])c.Clone()).ToArray();
    }

    /// <summary>Values per slot.</summary>
    internal int Width { get; }

    /// <summary>One slot's values.</summary>
    internal Span<T> this[int slot] => _chunks[slot >> _shift].AsSpan((slot & _mask) * Width, Width);

    /// <summary>A deep copy.</summary>
    internal SlotArray<T> Clone() => new(this);
}
