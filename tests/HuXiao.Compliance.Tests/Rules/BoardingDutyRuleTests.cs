using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Rules;

public partial class BoardingDutyRuleTests
{
    private static CampusRecord Boarder(string code) => Campus(code) with { BoardingStudents = 200, RoundTheClockDuty = true, DormitoryManagers = 1, Guards = 1, CertifiedGuards = 1 };

    [Fact]
    public void Each_shortcoming_alone_makes_a_boarding_campus_short_and_is_named()
    {
        var register = RegisterOf(D(2017, 6, 1),
            Boarder("at-minimum"),
            Boarder("no-duty") with { RoundTheClockDuty = false },
            Boarder("no-manager") with { DormitoryManagers = 0 },
            Boarder("no-guard") with { Guards = 0, CertifiedGuards = 0 });

        var finding = Judge(Rule, register, D(2017, 6, 1));

        Assert.Equal(["no-duty", "no-manager", "no-guard"], finding.Campuses.Select(c => c.CampusCode));
        Assert.Equal(3, finding.Shortfall);
        var (duty, manager, guard) = (finding.Campuses[0], finding.Campuses[1], finding.Campuses[2]);
        Assert.Contains("24小时", duty.Message, StringComparison.Ordinal);
        Assert.Contains("24-hour", duty.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("宿管人员0人", manager.Message, StringComparison.Ordinal);
        Assert.Contains("0 dormitory manager", manager.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("保安员0人", guard.Message, StringComparison.Ordinal);
        Assert.Contains("0 guard", guard.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shortcoming_of_a_campus_is_named_together()
    {
        var register = RegisterOf(D(2017, 6, 1), Boarder("c1") with { RoundTheClockDuty = false, DormitoryManagers = 2, Guards = 1 });
        var strict = Rule with { MinimumDormitoryManagers = 3, MinimumGuards = 2 };

        var campus = Assert.Single(Judge(strict, register, D(2017, 6, 1)).Campuses);

        Assert.Equal(3, campus.Message.Split('；').Length);
        Assert.Equal(3, campus.EnglishMessage.Split("; ").Length);
        Assert.Contains("2 dormitory manager", campus.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("1 guard", campus.EnglishMessage, StringComparison.Ordinal);
    }
}
