using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace HuXiao.Ledger;

/// <summary>
/// The SHA-256 of a filed file's bytes: how the ledger recognises the same file sent twice, and how a review names
/// the form it judges. Written as 64 lower-case hexadecimal digits. Immutable.
/// </summary>
public readonly struct ContentHash : IEquatable<ContentHash>
{
    /// <summary>The length of a hash in bytes.</summary>
    public const int Length = 32;

    private readonly byte[]? _bytes;

    private ContentHash(byte[] bytes) => _bytes = bytes;

    /// <summary>Whether this is a hash (the default value is not).</summary>
    public bool IsEmpty => _bytes is null;

    /// <summary>The hash of some bytes.</summary>
    /// <param name="content">The bytes of a file.</param>
    /// <returns>Their SHA-256.</returns>
    public static ContentHash Of(ReadOnlySpan<byte> content) => new(SHA256.HashData(content));

    /// <summary>A hash from its 32 bytes.</summary>
    /// <param name="bytes">The bytes of a SHA-256.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentException">Not 32 bytes.</exception>
    public static ContentHash FromBytes(ReadOnlySpan<byte> bytes)
    {
        Preconditions.CheckArgument(bytes.Length == Length, nameof(bytes), $"A SHA-256 has {Length} bytes; {bytes.Length} were given.");
        return new(bytes.ToArray());
    }

    /// <summary>Reads a hash written as 64 hexadecimal digits.</summary>
    /// <param name="text">The digits, either case.</param>
    /// <param name="hash">The hash, when the text is one.</param>
    /// <returns>Whether the text is a hash.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ContentHash hash)
    {
        hash = default;
        if (text is null || text.Length != Length * 2)
        {
            return false;
        }

        var bytes = new byte[Length];
        if (Convert.FromHexString(text, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != Length)
        {
            return false;
        }

        hash = new(bytes);
        return true;
    }

    /// <summary>Reads a hash written as 64 hexadecimal digits.</summary>
    /// <param name="text">The digits, either case.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="FormatException">The text is not 64 hexadecimal digits.</exception>
    public static ContentHash Parse(string text)
        => TryParse(Preconditions.CheckNotNull(text), out var hash) ? hash : throw new FormatException($"'{text}' is not a SHA-256: 64 hexadecimal digits were expected.");

    /// <summary>The 32 bytes of the hash.</summary>
    /// <returns>A copy of the bytes.</returns>
    /// <exception cref="InvalidOperationException">The default value, which is no hash.</exception>
    public byte[] ToArray() => (byte[])Bytes.Clone();

    /// <summary>Whether some bytes have this hash.</summary>
    /// <param name="content">The bytes.</param>
    /// <returns>Whether their SHA-256 is this one.</returns>
    public bool Matches(ReadOnlySpan<byte> content) => Equals(Of(content));

    /// <inheritdoc />
    public bool Equals(ContentHash other)
        => _bytes is null ? other._bytes is null : other._bytes is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ContentHash other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _bytes is null ? 0 : BitConverter.ToInt32(_bytes, 0);

    /// <summary>The hash as 64 lower-case hexadecimal digits; empty for the default value.</summary>
    public override string ToString() => _bytes is null ? string.Empty : Convert.ToHexStringLower(_bytes);

    /// <summary>Whether two hashes are the same.</summary>
    /// <param name="left">A hash.</param>
    /// <param name="right">Another.</param>
    public static bool operator ==(ContentHash left, ContentHash right) => left.Equals(right);

    /// <summary>Whether two hashes differ.</summary>
    /// <param name="left">A hash.</param>
    /// <param name="right">Another.</param>
    public static bool operator !=(ContentHash left, ContentHash right) => !left.Equals(right);

    private byte[] Bytes => _bytes ?? throw new InvalidOperationException("The default ContentHash is no hash: make one with ContentHash.Of or Parse.");

    internal ReadOnlySpan<byte> Span => Bytes;
}
