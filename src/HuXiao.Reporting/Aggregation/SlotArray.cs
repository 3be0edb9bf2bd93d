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
    private readonly int _perChunk;

    internal SlotArray(int slots, int width)
    {
        Width = width;
        _perChunk = Math.Max(1, ChunkBytes / Math.Max(1, width * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()));
        var chunks = (slots + _perChunk - 1) / _perChunk;
        _chunks = new T[chunks][];
        for (var c = 0; c < chunks; c++)
        {
            _chunks[c] = new T[Math.Min(_perChunk, slots - (c * _perChunk)) * width];
        }
    }

    private SlotArray(SlotArray<T> other)
    {
        Width = other.Width;
        _perChunk = other._perChunk;
        _chunks = other._chunks.Select(c => (T[])c.Clone()).ToArray();
    }

    /// <summary>Values per slot.</summary>
    internal int Width { get; }

    /// <summary>One slot's values.</summary>
    internal Span<T> this[int slot] => _chunks[slot / _perChunk].AsSpan(slot % _perChunk * Width, Width);

    /// <summary>A deep copy.</summary>
    internal SlotArray<T> Clone() => new(this);
}
