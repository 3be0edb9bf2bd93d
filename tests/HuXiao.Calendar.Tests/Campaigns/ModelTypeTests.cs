using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar.Tests.Campaigns;

/// <summary>The small value types of the campaign model: construction checks and value equality.</summary>
public sealed class ModelTypeTests
{
    private static readonly BilingualText s_text = new("文本", "text");

    [Fact]
    public void Bilingual_text_requires_both_languages_and_compares_by_value()
    {
        Assert.Throws<ArgumentNullException>(() => new BilingualText(null!, "x"));
        Assert.Throws<ArgumentException>(() => new BilingualText("中", " "));
        Assert.Equal(new BilingualText("中", "x"), new BilingualText("中", "x"));
        Assert.NotEqual(new BilingualText("中", "x"), new BilingualText("中", "y"));
        Assert.Equal("中 (x)", new BilingualText("中", "x").ToString());
    }

    [Fact]
    public void Phase_checks_its_arguments()
    {
        var dates = new DateInterval(new LocalDate(2017, 5, 1), new LocalDate(2017, 10, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Phase(0, s_text, dates, "5月"));
        Assert.Throws<ArgumentNullException>(() => new Phase(1, s_text, null!, "5月"));
        var phase = new Phase(2, new BilingualText("集中攻坚", "push"), dates, "5月-10月");
        Assert.True(phase.Contains(new LocalDate(2017, 10, 31)));
        Assert.False(phase.Contains(new LocalDate(2017, 11, 1)));
        Assert.Equal("第2阶段 集中攻坚 2017-05-01..2017-10-31", phase.ToString());
        Assert.Equal(phase, new Phase(2, new BilingualText("集中攻坚", "push"), dates, "5月-10月"));
    }

    [Fact]
    public void Milestone_due_rules_compare_by_value()
    {
        Assert.Equal(MilestoneDue.On(new LocalDate(2017, 5, 31)), MilestoneDue.On(new LocalDate(2017, 5, 31)));
        Assert.NotEqual(MilestoneDue.AtEndOfPhase(2), MilestoneDue.AtEndOfPhase(3));
        Assert.Equal(MilestoneDueKind.SemesterEnd, MilestoneDue.AtEndOfSemester("2016-2017-2").Kind);
        Assert.Equal("end of phase 2", MilestoneDue.AtEndOfPhase(2).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => MilestoneDue.AtEndOfPhase(0));
        Assert.Throws<ArgumentException>(() => MilestoneDue.AtEndOfSemester("Bad Id"));
    }

    [Fact]
    public void Milestone_passes_the_day_after_its_due_date()
    {
        var milestone = Campaign.Zhengzhou2017.GetMilestone("closed-management");
        Assert.False(milestone.HasPassed(new LocalDate(2017, 5, 31)));
        Assert.True(milestone.HasPassed(new LocalDate(2017, 6, 1)));
        Assert.Equal("2017-05-31 二(一)5 实现封闭式管理", milestone.ToString());
    }

    [Fact]
    public void Recurring_obligation_checks_its_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecurringObligation("x", ObligationKind.Drill, ObligationFrequency.PerSemester, 0, "二(六)", s_text, s_text));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecurringObligation("x", ObligationKind.Drill, ObligationFrequency.PerSemester, 1, "二(六)", s_text, s_text, unitCount: 0));
        Assert.Throws<ArgumentException>(() => new RecurringObligation("x", (ObligationKind)42, ObligationFrequency.PerSemester, 1, "二(六)", s_text, s_text));
        Assert.Throws<ArgumentException>(() => new RecurringObligation("x", ObligationKind.Drill, ObligationFrequency.PerSemester, 1, " ", s_text, s_text));
        var visits = Campaign.Zhengzhou2017.Obligations.Single(o => o.Id == "liaison-visits");
        Assert.Equal("liaison-visits: ≥2 per Monthly (二(七))", visits.ToString());
    }

    [Fact]
    public void Event_obligation_checks_its_arguments_and_compares_by_value()
    {
        Assert.Throws<ArgumentException>(() => new EventObligation("Bad Id", "四(三)", s_text, s_text, s_text));
        Assert.Throws<ArgumentException>(() => new EventObligation("x", " ", s_text, s_text, s_text));
        Assert.Throws<ArgumentNullException>(() => new EventObligation("x", "四(三)", null!, s_text, s_text));
        var a = new EventObligation("x", "四(三)", s_text, s_text, s_text);
        Assert.Equal(a, new EventObligation("x", "四(三)", s_text, s_text, s_text));
        Assert.Equal(a.GetHashCode(), new EventObligation("x", "四(三)", s_text, s_text, s_text).GetHashCode());
        Assert.NotEqual(a, new EventObligation("x", "四(二)", s_text, s_text, s_text));
        Assert.NotEqual(a, new EventObligation("x", "四(三)", new BilingualText("别的", "other"), s_text, s_text));
    }
}
