using System.Globalization;

namespace HuXiao.Compliance;

/// <summary>
/// An exact fraction of two whole numbers, such as a rate of 17 campuses out of 20. Comparisons are exact
/// (cross-multiplied in 128 bits), so 85% never reads as 84.99…%; <see cref="ToDouble"/> is for display only.
/// The default value is 0/1 (zero). Immutable value.
/// </summary>
public readonly struct Ratio : IEquatable<Ratio>, IComparable<Ratio>
{
    // The denominator less one, so that default(Ratio) is 0/1 and every value has a positive denominator.
    private readonly long _denominatorLessOne;

    /// <summary>Creates a fraction; it is not reduced, so the evidence shows the counts as they are.</summary>
    /// <param name="numerator">The count on top, zero or more.</param>
    /// <param name="denominator">The count below, more than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">The numerator is negative or the denominator is not positive.</exception>
    public Ratio(long numerator, long denominator)
    {
        if (numerator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "A rate's numerator is a count: zero or more.");
        }

        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "A rate's denominator must be more than zero.");
        }

        Numerator = numerator;
        _denominatorLessOne = denominator - 1;
    }

    /// <summary>The count on top.</summary>
    public long Numerator { get; }

    /// <summary>The count below: more than zero (1 for the default value).</summary>
    public long Denominator => _denominatorLessOne + 1;

    /// <summary>A percentage as a fraction, for example <c>FromPercent(85)</c> = 85/100.</summary>
    /// <param name="percent">Whole percent, zero or more.</param>
    public static Ratio FromPercent(long percent) => new(percent, 100);

    /// <summary>The value as a double, for display and charts only; never compare with it.</summary>
    public double ToDouble() => (double)Numerator / Denominator;

    /// <summary>
    /// The value in percent, rounded down (toward zero) to a number of decimals, computed exactly: a rate just
    /// below 85% never shows as 85.0%, so a shown figure never contradicts a status.
    /// </summary>
    /// <param name="decimals">Decimal places, 0 to 6.</param>
    public decimal FloorPercent(int decimals = 1)
    {
        if (decimals is < 0 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Use 0 to 6 decimals.");
        }

        var scale = (long)Math.Pow(10, decimals);
        var scaled = (Int128)Numerator * 100 * scale / Denominator;
        return (decimal)scaled / scale;
    }

    /// <inheritdoc />
    public int CompareTo(Ratio other) => ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);

    /// <summary>Whether the fractions have the same value (17/20 equals 85/100).</summary>
    /// <param name="other">Another fraction.</param>
    public bool Equals(Ratio other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var gcd = Gcd(Numerator, Denominator);
        return HashCode.Combine(Numerator / gcd, Denominator / gcd);
    }

    /// <summary>Exactly less than.</summary>
    /// <param name="left">A fraction.</param>
    /// <param name="right">Another fraction.</param>
    public static bool operator <(Ratio left, Ratio right) => left.CompareTo(right) < 0;

    /// <summary>Exactly greater than.</summary>
    /// <param name="left">A fraction.</param>
    /// <param name="right">Another fraction.</param>
    public static bool operator >(Ratio left, Ratio right) => left.CompareTo(right) > 0;

    /// <summary>Exactly at most.</summary>
    /// <param name="left">A fraction.</param>
    /// <param name="right">Another fraction.</param>
    public static bool operator <=(Ratio left, Ratio right) => left.CompareTo(right) <= 0;

    /// <summary>Exactly at least.</summary>
    /// <param name="left">A fraction.</param>
    /// <param name="right">Another fraction.</param>
    public static bool operator >=(Ratio left, Ratio right) => left.CompareTo(right) >= 0;

    /// <summary>Same value.</summary>
    /// <param name="left">A fraction.</param>
    /// <param name="right">Another fraction.</param>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Different value.</summary>
    /// <param name="left">A fraction.</param>
    /// <param name="right">Another fraction.</param>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>The fraction and its percentage rounded down, for example <c>17/20 (85.0%)</c>.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator} ({FloorPercent(1):0.0}%)");

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
