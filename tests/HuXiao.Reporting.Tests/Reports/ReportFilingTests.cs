using NodaTime;

namespace HuXiao.Reporting.Tests.Reports;

public class ReportFilingTests
{
    [Fact]
    public void Revision_defaults_to_one_and_must_be_positive()
    {
        Assert.Equal(1, new ReportFiling().Revision);
        Assert.Equal(1, ReportFiling.Unfiled.Revision);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportFiling { Revision = 0 });
    }

    [Fact]
    public void Filings_are_values()
    {
        var a = new ReportFiling { Preparer = "张", Reviewer = "李", Phone = "0371-69623758", FiledOn = new LocalDate(2017, 6, 1), Revision = 2 };
        Assert.Equal(a, a with { });
        Assert.NotEqual(a, a with { Revision = 3 });
    }

    [Fact]
    public void Case_details_hold_counts_context_never_identities()
    {
        // The type must offer no place for a person's name, ID number or address.
        var properties = typeof(CaseDetail).GetProperties().Select(p => p.Name.ToLowerInvariant()).ToArray();
        Assert.Equal(["indicatorcode", "date", "place", "summary"], properties.Where(p => p != "equalitycontract"));
        var detail = new CaseDetail(" B17 ", new LocalDate(2017, 5, 12), null!, null!);
        Assert.Equal("B17", detail.IndicatorCode);
        Assert.Equal(string.Empty, detail.Place);
        Assert.Throws<ArgumentException>(() => new CaseDetail(" ", null, "p", "s"));
    }
}
