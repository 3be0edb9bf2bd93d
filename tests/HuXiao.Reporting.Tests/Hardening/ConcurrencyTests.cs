using FsCheck.Fluent;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting.Tests.Hardening;

/// <summary>The schema, rules and serializer are shared by many threads at once and give exactly one thread's results.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Rollups_validations_and_json_on_many_threads_match_one_thread()
    {
        var reports = Gen.Sample(Generators.DistinctReports(16, 16), 40).ToArray();
        var rules = RuleSet.For(ReportSchema.Zhengzhou2017);
        var json = new ReportJsonSerializer();
        var city = new OrganisationUnit("410100", "郑州市");

        string Work(MonthlyReport[] batch)
        {
            var rollUp = ReportRollUp.Combine(ReportSchema.Zhengzhou2017, city, Generators.Period, batch);
            var findings = batch.SelectMany(r => rules.Validate(r, locator: JsonPathLocator.Instance).Findings).Select(f => f.ToString());
            var roundTrip = json.Read(json.Serialize(rollUp.Report)).GetValueOrThrow();
            return string.Join("\n", findings) + "\n" + string.Join(",", Generators.CellsOf(roundTrip));
        }

        var expected = reports.Select(Work).ToArray();
        var actual = new string[reports.Length * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => actual[i] = Work(reports[i % reports.Length]));
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % reports.Length], actual[i]);
        }
    }
}
