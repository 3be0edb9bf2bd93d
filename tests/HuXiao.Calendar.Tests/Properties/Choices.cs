namespace HuXiao.Calendar.Tests.Properties;

/// <summary>
/// The numbers a generated value is built from, drawn by FsCheck and taken in order: <c>Next</c> maps the next number
/// into its range, 0 giving the smallest choice. Shrinking the numbers toward 0 shrinks the value, which a
/// <see cref="Random"/> seed cannot do. Draws past the last number are 0.
/// </summary>
public sealed class Choices(IReadOnlyList<int> numbers)
{
    private int _next;

    /// <summary>A choice in [0, <paramref name="maxExclusive"/>); 0 when the range is empty.</summary>
    public int Next(int maxExclusive) => Next(0, maxExclusive);

    /// <summary>A choice in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>); the minimum when the range is empty.</summary>
    public int Next(int minInclusive, int maxExclusive)
    {
        var number = _next < numbers.Count ? numbers[_next] : 0;
        _next++;
        return maxExclusive <= minInclusive ? minInclusive : minInclusive + (int)((uint)number % (uint)(maxExclusive - minInclusive));
    }
}
