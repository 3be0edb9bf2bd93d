namespace HuXiao.Excel;

/// <summary>
/// Limits a workbook must stay within before it is parsed, against zip bombs and huge uploads. The package is
/// checked first: its file size, its number of parts, each part's size once inflated (counted while inflating,
/// because declared sizes can lie) and the total. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The defaults are far above any real form (a filled form is about 20 KB; a pasted photo of a seal a few MB,
/// and pictures are never inflated) and far below what would hurt a server.
/// </remarks>
public sealed record ExcelReadLimits
{
    /// <summary>The defaults: 32 MiB file, 2,000 parts, 16 MiB per part and 64 MiB in all once inflated.</summary>
    public static ExcelReadLimits Default { get; } = new();

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>The most parts (zip entries) a package may have.</summary>
    public int MaxPartCount { get; init; } = 2_000;

    /// <summary>The largest size of one part once inflated, in bytes.</summary>
    public long MaxPartBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>The largest total size of the parts that are loaded, once inflated, in bytes.</summary>
    public long MaxTotalBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Throws when a limit is not positive or the per-part limit exceeds the total.</summary>
    /// <exception cref="ArgumentException">A limit is out of range.</exception>
    public void Validate()
    {
        if (MaxFileBytes <= 0 || MaxPartCount <= 0 || MaxPartBytes <= 0 || MaxTotalBytes <= 0)
        {
            throw new ArgumentException($"Every Excel read limit must be positive: {this}.");
        }

        if (MaxPartBytes > MaxTotalBytes)
        {
            throw new ArgumentException($"{nameof(MaxPartBytes)} ({MaxPartBytes}) must not exceed {nameof(MaxTotalBytes)} ({MaxTotalBytes}).");
        }
    }
}
