using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting.Json;
using NodaTime;

namespace HuXiao.Reporting.Tests.Json;

public class JsonProperties
{
    private static readonly ReportJsonSerializer Compact = new([ReportSchema.Zhengzhou2017], indented: false);
    private static readonly ReportJsonSerializer Indented = new();

    private static readonly Gen<string> Text = Gen.Elements("", "中原区", "王某", "0371-69623758", "某\"校\"门口", "line\nbreak", "\\slash", "<tag>&", "emoji 😀", "tab\t", "=1+2");

    private static readonly Gen<LocalDate?> Date = Gen.Frequency(
        (1, Gen.Constant<LocalDate?>(null)),
        (3, Gen.Choose(0, 3000).Select(d => (LocalDate?)new LocalDate(2016, 1, 1).PlusDays(d))));

    private static readonly Gen<MonthlyReport> AnyReport =
        from cells in Generators.Cells(Generators.AnyLong)
        from month in Gen.Choose(0, 120)
        from unitCode in Gen.Elements("410102", "410171", "ZD01", "x")
        from unitName in Text.Where(t => t.Trim().Length > 0)
        from preparer in Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Text.Select(t => (string?)t)))
        from reviewer in Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Text.Select(t => (string?)t)))
        from filedOn in Date
        from revision in Gen.Choose(1, 9)
        from caseCount in Gen.Choose(0, 3)
        from cases in Generators.ArrayOf(caseCount, from code in Gen.Elements("B05", "B06", "B17", "B18", "B19") from d in Date from p in Text from s in Text select new CaseDetail(code, d, p, s))
        select BuildReport(cells, month, unitCode, unitName, preparer, reviewer, filedOn, revision, cases);

    private static MonthlyReport BuildReport(long?[] cells, int month, string code, string name, string? preparer, string? reviewer, LocalDate? filedOn, int revision, CaseDetail[] cases)
    {
        var builder = Generators.Report(code, cells, new YearMonth(2010, 1).PlusMonths(month)).ToBuilder()
            .WithUnit(new OrganisationUnit(code, name))
            .WithFiling(new ReportFiling { Preparer = preparer, Reviewer = reviewer, Phone = preparer, FiledOn = filedOn, Revision = revision });
        foreach (var detail in cases)
        {
            builder.AddCase(detail);
        }

        return builder.Build();
    }

    [Property(MaxTest = 300)]
    public Property The_json_round_trip_is_the_identity_for_any_report()
        => Prop.ForAll(AnyReport.ToArbitrary(), report =>
            report.Equals(Compact.Read(Compact.SerializeToUtf8Bytes(report)).Value)
            && report.Equals(Indented.Read(Indented.Serialize(report)).Value));
}
