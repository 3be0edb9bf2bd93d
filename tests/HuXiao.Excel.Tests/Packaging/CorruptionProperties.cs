using FsCheck;
using FsCheck.Fluent;
using HuXiao.Excel.Tests.Support;

namespace HuXiao.Excel.Tests.Packaging;

/// <summary>Random corruptions of a valid file's bytes: the only exception that ever comes out is the library's own.</summary>
public sealed class CorruptionProperties
{
    private static readonly byte[] s_valid = Samples.FullBytes();
    private static readonly ExcelFormReader s_reader = new();

    /// <summary>A corruption: 0 truncates, 1 flips bytes, 2 zeroes a range.</summary>
    public sealed record Corruption(int Kind, int Position, int Length, byte Xor);

    public static class Arbs
    {
        public static Arbitrary<Corruption> Corruptions()
            => (from kind in Gen.Choose(0, 2)
                from position in Gen.Choose(0, s_valid.Length - 1)
                from length in Gen.Choose(1, 64)
                from xor in Gen.Choose(1, 255)
                select new Corruption(kind, position, length, (byte)xor)).ToArbitrary();
    }

    internal static byte[] Apply(Corruption c)
    {
        var bytes = (byte[])s_valid.Clone();
        switch (c.Kind)
        {
            case 0:
                return bytes[..c.Position];
            case 1:
                for (var i = c.Position; i < Math.Min(bytes.Length, c.Position + c.Length); i += 7)
                {
                    bytes[i] ^= c.Xor;
                }

                return bytes;
            default:
                Array.Clear(bytes, c.Position, Math.Min(c.Length * 16, bytes.Length - c.Position));
                return bytes;
        }
    }

    /// <summary>
    /// A hundred cases in CI; set HUXIAO_FUZZ_CASES for more:
    /// <c>HUXIAO_FUZZ_CASES=1000000 dotnet test tests/HuXiao.Excel.Tests --filter FullyQualifiedName~Corruption</c>.
    /// </summary>
    [Fact]
    public void Fuzz_only_the_library_error_comes_out()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("HUXIAO_FUZZ_CASES"), out var n) && n > 0 ? n : 100;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases), Prop.ForAll(Arbs.Corruptions(), Only_the_library_error_comes_out));
    }

    private static bool Only_the_library_error_comes_out(Corruption corruption)
    {
        var bytes = Apply(corruption);
        try
        {
            var result = s_reader.Read(bytes);
            return result.Succeeded || result.Problems.Count > 0;
        }
        catch (WorkbookReadException ex)
        {
            return ex.Code.StartsWith("HX04", StringComparison.Ordinal) && ex.Problem.Message.Length > 0;
        }
    }
}
