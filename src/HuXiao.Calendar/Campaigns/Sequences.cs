namespace HuXiao.Calendar;

/// <summary>Value equality and hashing over read-only lists, for the immutable model types.</summary>
internal static class Sequences
{
    internal static bool Equal<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
        => left.Count == right.Count && left.SequenceEqual(right);

    internal static int Hash<T>(IReadOnlyList<T> items)
    {
        var hash = default(HashCode);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
