using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Reporting.Tests.Validation;

public class ValidationFindingTests
{
    private static ValidationFinding Sample() => new()
    {
        RuleCode = "urban-plus-rural",
        Severity = FindingSeverity.Error,
        Row = ReportRow.Total,
        Indicators = ["A01", "A02", "A03"],
        Values = [120L, 80L, 41L],
        Message = "合计：A02=80 + A03=41 之和为 121，不等于全部校园数(A01)=120。",
        EnglishMessage = "total: A02=80 + A03=41 sums to 121, not A01 (all campuses) = 120.",
        Location = "$.total.A01",
        IsNotChecked = false,
        UnitCode = "410102",
        Period = new YearMonth(2017, 5),
    };

    public static TheoryData<string> Fields =>
        ["RuleCode", "Severity", "Row", "Indicators", "Values", "Message", "EnglishMessage", "Location", "IsNotChecked", "UnitCode", "Period"];

    [Fact]
    public void Findings_with_the_same_content_are_equal_whatever_lists_hold_it()
    {
        var one = Sample();
        var other = Sample() with { Indicators = new List<string> { "A01", "A02", "A03" }, Values = new long?[] { 120, 80, 41 } };
        Assert.Equal(one, other);
        Assert.True(one.Equals(other));
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.False(one.Equals(null));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Findings_that_differ_in_one_field_are_not_equal(string field)
    {
        var one = Sample();
        var changed = field switch
        {
            "RuleCode" => one with { RuleCode = "campus-count-within-all" },
            "Severity" => one with { Severity = FindingSeverity.Warning },
            "Row" => one with { Row = ReportRow.New },
            "Indicators" => one with { Indicators = ["A01", "A03", "A02"] },
            "Values" => one with { Values = [120L, 80L, null] },
            "Message" => one with { Message = "合计：A02=80 + A03=40 之和为 120。" },
            "EnglishMessage" => one with { EnglishMessage = "total: A02=80 + A03=40 sums to 120." },
            "Location" => one with { Location = "$.new.A01" },
            "IsNotChecked" => one with { IsNotChecked = true },
            "UnitCode" => one with { UnitCode = "410103" },
            "Period" => one with { Period = new YearMonth(2017, 6) },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "no such field"),
        };

        Assert.NotEqual(one, changed);
        Assert.NotEqual(changed, one);
    }

    [Fact]
    public void A_finding_reads_as_severity_rule_location_and_message_on_one_line()
    {
        var error = Sample();
        Assert.Equal("error urban-plus-rural at $.total.A01: 合计：A02=80 + A03=41 之和为 121，不等于全部校园数(A01)=120。", error.ToString());

        var warning = Sample() with { Severity = FindingSeverity.Warning, RuleCode = "blank-cell", Location = null, Message = "合计：全部校园数(A01) 未填。" };
        Assert.Equal("warning blank-cell: 合计：全部校园数(A01) 未填。", warning.ToString());
    }
}
