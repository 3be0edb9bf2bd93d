using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using NodaTime;
using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Scorecards;

public class ScorecardTests
{
    private static readonly OrganisationUnit Guancheng = new("410104", "管城回族区");
    private static readonly OrganisationUnit Jinshui = new("410105", "金水区");

    [Fact]
    public void Units_rank_by_not_met_then_shortfall_then_code()
    {
        var asOf = D(2017, 7, 1);
        var june = new YearMonth(2017, 6);
        var reports = new[]
        {
            // 二七区: two targets not met (A08 short 3, A16 short 1): shortfall 4.
            Report(june, b => b.SetTotal("A08", 97).SetTotal("A16", 99), Erqi),
            // 中原区: one target not met, 10 short.
            Report(june, b => b.SetTotal("A08", 90), Zhongyuan),
            // 管城回族区 and 金水区: one not met, 2 short each: ordered by code.
            Report(june, b => b.SetTotal("A05", 98), Jinshui),
            Report(june, b => b.SetTotal("A10", 98), Guancheng),
        };
        var rollUp = ReportRollUp.Combine(ReportSchema.Zhengzhou2017, City, june, reports);

        var scorecard = Scorecard.Create(new ComplianceChecker().CheckUnits(rollUp, asOf));

        Assert.Equal(["410103", "410102", "410104", "410105"], scorecard.Rows.Select(r => r.Unit.Code));
        Assert.Equal([1, 2, 3, 4], scorecard.Rows.Select(r => r.Rank));
        var erqi = scorecard.Find("410103")!;
        Assert.Equal(2, erqi.NotMet);
        Assert.Equal(4, erqi.Shortfall);
        Assert.Equal(["gate-video", "closed-management"], erqi.NotMetRules);
        // The 8 deadline targets and the rate: 7 met for 二七区; the rate is not due until 2017-10-31; one-touch alarm not due.
        Assert.Equal(5, erqi.Met);
        Assert.Equal(2, erqi.NotDue);
        Assert.Equal(10, scorecard.Find("410102")!.Shortfall);
    }

    [Fact]
    public void Before_any_due_date_the_shortfall_still_ranks_units()
    {
        var may = new YearMonth(2017, 5);
        var results = new[]
        {
            new ComplianceChecker().Check(Report(may, b => b.SetTotal("A08", 99), Zhongyuan), D(2017, 5, 15)),
            new ComplianceChecker().Check(Report(may, b => b.SetTotal("A08", 80), Erqi), D(2017, 5, 15)),
        };

        var scorecard = Scorecard.Create(results);

        Assert.All(scorecard.Rows, r => Assert.Equal(0, r.NotMet));
        Assert.Equal(["410103", "410102"], scorecard.Rows.Select(r => r.Unit.Code));
        Assert.Equal(20, scorecard.Rows[0].Shortfall);
    }
}
