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

    /// <summary>A corruption inside one XML part of a valid package: a span cut out, or replaced by markup-like text.</summary>
    public sealed record PartCorruption(int Part, int Position, int Length, int Insert);

    private static readonly string[] s_parts = [FormPackage.FormPart, "xl/styles.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "docProps/custom.xml", "xl/_rels/workbook.xml.rels", FormPackage.CasePart];
    private static readonly string[] s_inserts = ["", "<", ">", "\"", "</x:c>", "<x:c r=\"B7\">", " t=\"s\"", "<x:v>99999</x:v>", "<x:f>B7+</x:f>", " s=\"9999\"", "r=\"ZZZZ9\"", "&amp;", "<x:row r=\"0\">", " ref=\"B7:A1\"", "<x:f t=\"shared\" si=\"7\"/>", "_x00"];

    /// <summary>
    /// Cuts and pastes inside the package's XML parts: whatever the parts hold, a result or the library's own error
    /// comes out. A hundred cases in CI; HUXIAO_FUZZ_CASES for more.
    /// </summary>
    [Fact]
    public void Fuzz_inside_the_parts_only_the_library_error_comes_out()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("HUXIAO_FUZZ_CASES"), out var n) && n > 0 ? n : 100;
        var corruptions = (from part in Gen.Choose(0, s_parts.Length - 1)
                           from position in Gen.Choose(0, 40_000)
                           from length in Gen.Choose(0, 40)
                           from insert in Gen.Choose(0, s_inserts.Length - 1)
                           select new PartCorruption(part, position, length, insert)).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases), Prop.ForAll(corruptions, c =>
        {
            var package = new FormPackage(s_valid);
            var text = package[s_parts[c.Part]];
            var at = c.Position % Math.Max(1, text.Length);
            package[s_parts[c.Part]] = text[..at] + s_inserts[c.Insert] + text[Math.Min(text.Length, at + c.Length)..];
            return Only_the_library_error_comes_out(package.ToBytes());
        }));
    }

    private static bool Only_the_library_error_comes_out(Corruption corruption) => Only_the_library_error_comes_out(Apply(corruption));

    private static bool Only_the_library_error_comes_out(byte[] bytes)
    {
        // Nothing is thrown: the form is read, or refused with problems of the library's own codes, each with a message.
        var result = s_reader.Read(bytes);
        return result.Succeeded
            || (result.Problems.Count > 0 && result.Problems.All(p => p.Code.StartsWith("HX", StringComparison.Ordinal) && p.Message.Length > 0 && p.EnglishMessage.Length > 0));
    }
}
