using FsCheck;
using FsCheck.Fluent;
using HuXiao.Reporting.Json;

namespace HuXiao.Reporting.Tests.Hardening;

/// <summary>
/// Mutates valid JSON reports at random: whatever comes in, the reader returns a result (a report or located
/// problems) and never throws. A few hundred cases in CI; set HUXIAO_FUZZ_CASES for millions:
/// <c>HUXIAO_FUZZ_CASES=1000000 dotnet test tests/HuXiao.Reporting.Tests --filter FullyQualifiedName~Fuzz</c>.
/// </summary>
public class JsonFuzzTests
{
    private static readonly ReportJsonSerializer Json = new([ReportSchema.Zhengzhou2017], indented: false);

    private static readonly byte[] Seed = Json.SerializeToUtf8Bytes(
        TestData.CleanBuilder().SetTotal("A03", null).AddCase(new CaseDetail("B17", new NodaTime.LocalDate(2017, 5, 2), "某校", "盗窃")).Build());

    private static readonly byte[] Interesting = "{}[]\",:-.0123456789eEnulltruefalse\\u\0\xff"u8.ToArray();

    private static readonly Gen<byte[]> Mutants =
        from count in Gen.Choose(1, 8)
        from edits in Gen.ArrayOf(
            from kind in Gen.Choose(0, 4)
            from at in Gen.Choose(0, Seed.Length - 1)
            from length in Gen.Choose(1, 40)
            from b in Gen.Elements(Interesting)
            select (kind, at, length, b), count)
        select Apply(edits);

    private static byte[] Apply((int Kind, int At, int Length, byte Byte)[] edits)
    {
        var bytes = new List<byte>(Seed);
        foreach (var (kind, atRaw, length, b) in edits)
        {
            var at = Math.Min(atRaw, Math.Max(0, bytes.Count - 1));
            switch (kind)
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = b;
                    break;
                case 1:
                    bytes.Insert(at, b);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(length, bytes.Count - at));
                    break;
                case 3:
                    bytes.InsertRange(at, bytes.Skip(at).Take(length).ToArray());
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    [Fact]
    public void Mutated_json_gives_a_result_never_an_exception()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("HUXIAO_FUZZ_CASES"), out var n) && n > 0 ? n : 400;
        var property = Prop.ForAll(Mutants.ToArbitrary(), bytes =>
        {
            var result = Json.Read(bytes);
            return result.Succeeded ? result.Problems.Count == 0 : result.Problems.All(p => p.Code.StartsWith("HX", StringComparison.Ordinal));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases), property);
    }
}
