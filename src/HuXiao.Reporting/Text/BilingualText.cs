namespace HuXiao.Reporting;

/// <summary>
/// A text in Chinese, as the source prints it, with an English rendering for integrators. Immutable value with
/// value equality; thread-safe.
/// </summary>
public sealed class BilingualText : IEquatable<BilingualText>
{
    /// <summary>Creates a text.</summary>
    /// <param name="chinese">The Chinese text; required.</param>
    /// <param name="english">The English text; required.</param>
    /// <exception cref="ArgumentException">Either text is null, empty or white space.</exception>
    public BilingualText(string chinese, string english)
    {
        Chinese = Preconditions.CheckNotBlank(chinese);
        English = Preconditions.CheckNotBlank(english);
    }

    /// <summary>The Chinese text.</summary>
    public string Chinese { get; }

    /// <summary>The English text.</summary>
    public string English { get; }

    /// <inheritdoc />
    public bool Equals(BilingualText? other)
        => other is not null
           && string.Equals(Chinese, other.Chinese, StringComparison.Ordinal)
           && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BilingualText);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Chinese), StringComparer.Ordinal.GetHashCode(English));

    /// <summary>The text as <c>中文 (English)</c>.</summary>
    public override string ToString() => $"{Chinese} ({English})";
}
