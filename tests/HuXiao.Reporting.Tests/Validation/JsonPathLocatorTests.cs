using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting.Tests.Validation;

public class JsonPathLocatorTests
{
    [Theory]
    [InlineData(ReportRow.New, "$.new.A05")]
    [InlineData(ReportRow.Total, "$.total.A05")]
    public void A_cell_is_located_by_its_row_and_indicator_in_the_interchange_format(ReportRow row, string path)
        => Assert.Equal(path, JsonPathLocator.Instance.Locate("A05", row));
}
