using System.Security.Cryptography;
using FsCheck.Xunit;

namespace HuXiao.Ledger.Tests.Files;

/// <summary>The SHA-256 of a file: written as 64 lower-case hex digits, read back the same, equal exactly when the bytes hash alike.</summary>
public class ContentHashTests
{
    [Property(MaxTest = 200)]
    public bool A_hash_is_the_files_sha256_written_in_lower_case_hex_and_reads_back_the_same(byte[] content)
    {
        var hash = ContentHash.Of(content);
        var text = hash.ToString();
        return text == Convert.ToHexStringLower(SHA256.HashData(content))
            && ContentHash.Parse(text) == hash
            && ContentHash.Parse(text.ToUpperInvariant()) == hash
            && ContentHash.FromBytes(hash.ToArray()) == hash
            && hash.Matches(content)
            && hash.GetHashCode() == ContentHash.Parse(text).GetHashCode();
    }

    [Property(MaxTest = 200)]
    public bool Different_bytes_have_different_hashes(byte[] content, byte extra)
        => ContentHash.Of(content) != ContentHash.Of([.. content, extra]) && !ContentHash.Of(content).Matches([.. content, extra]);

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz5e934bf949b4adfa21003f03208f7807d1dabea9349785406f61843bcdd71f")]
    [InlineData("f525e934bf949b4adfa21003f03208f7807d1dabea9349785406f61843bcdd7")]
    [InlineData("f525e934bf949b4adfa21003f03208f7807d1dabea9349785406f61843bcdd71ff")]
    public void Text_that_is_not_64_hex_digits_is_no_hash(string text)
    {
        Assert.False(ContentHash.TryParse(text, out _));
        Assert.Throws<FormatException>(() => ContentHash.Parse(text));
    }

    [Fact]
    public void The_default_value_is_no_hash()
    {
        ContentHash none = default;

        Assert.True(none.IsEmpty);
        Assert.Equal(string.Empty, none.ToString());
        Assert.NotEqual(ContentHash.Of([]), none);
        Assert.Throws<InvalidOperationException>(() => none.ToArray());
        Assert.Throws<ArgumentException>(() => ContentHash.FromBytes(new byte[31]));
    }
}
