using System.Globalization;

namespace HuXiao.Compliance;

/// <summary>
/// One size band of a staffing norm: from <see cref="From"/> to <see cref="To"/> people (inclusive), at least
/// <see cref="BaseGuards"/> guards, plus one for each full <see cref="StepSize"/> people beyond
/// <see cref="StepFrom"/>. A band with no <see cref="BaseGuards"/> is one the norm leaves unknown: a campus in
/// it cannot be told. Immutable data, never numbers buried in code.
/// </summary>
public sealed record StaffingBand
{
    /// <summary>The smallest size in the band.</summary>
    public required long From { get; init; }

    /// <summary>The largest size in the band, or <see langword="null"/> for no upper end.</summary>
    public long? To { get; init; }

    /// <summary>The least number of guards, or <see langword="null"/> where the norm is not known for this band.</summary>
    public long? BaseGuards { get; init; }

    /// <summary>How many people beyond <see cref="StepFrom"/> add one guard, or <see langword="null"/> for a flat band.</summary>
    public long? StepSize { get; init; }

    /// <summary>The size from which steps are counted (for example 1000 in "one per full further 500 over 1000").</summary>
    public long StepFrom { get; init; }

    /// <summary>Whether a size falls in the band.</summary>
    /// <param name="size">The count the norm sizes by.</param>
    public bool Contains(long size) => size >= From && (To is not { } to || size <= to);

    /// <summary>The guards required at a size in the band, or <see langword="null"/> when the band is unknown.</summary>
    /// <param name="size">The count the norm sizes by; it must lie in the band.</param>
    public long? Required(long size)
    {
        if (BaseGuards is not { } baseGuards)
        {
            return null;
        }

        if (StepSize is { } step && size > StepFrom)
        {
            return checked(baseGuards + ((size - StepFrom) / step));
        }

        return baseGuards;
    }

    /// <summary>The band in words, for example <c>100–1000: ≥ 2</c> or <c>1001+: ≥ 2 +1 per full 500 over 1000</c>.</summary>
    public override string ToString()
    {
        var range = To is { } to ? string.Create(CultureInfo.InvariantCulture, $"{From}–{to}") : string.Create(CultureInfo.InvariantCulture, $"{From}+");
        if (BaseGuards is not { } b)
        {
            return $"{range}: unknown";
        }

        return StepSize is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"{range}: ≥ {b} +1 per full {s} over {StepFrom}")
            : string.Create(CultureInfo.InvariantCulture, $"{range}: ≥ {b}");
    }
}
