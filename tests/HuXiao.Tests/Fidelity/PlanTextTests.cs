namespace HuXiao.Tests.Fidelity;

/// <summary>The plan's numbering as the citation tests read it: what the seed prints, part by part.</summary>
public class PlanTextTests
{
    private static PlanText Plan => PlanText.Zhengzhou2017;

    [Fact]
    public void The_sections_are_the_four_the_plan_prints()
    {
        Assert.Equal(["一", "二", "三", "四"], Plan.SectionTitles.Keys.OrderBy(k => "一二三四五六七八九十".IndexOf(k, StringComparison.Ordinal)).ToArray());
        Assert.Equal("任务目标", Plan.SectionTitles["一"]);
        Assert.Equal("主要措施", Plan.SectionTitles["二"]);
        Assert.Equal("时间安排", Plan.SectionTitles["三"]);
        Assert.Equal("工作要求", Plan.SectionTitles["四"]);
    }

    [Fact]
    public void Section_two_has_seven_measures_and_section_four_three_requirements()
    {
        Assert.Equal(["(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)"], PartsOf("二"));
        Assert.Equal(["(一)", "(二)", "(三)"], PartsOf("四"));
        Assert.Empty(PartsOf("一"));
        Assert.Empty(PartsOf("三"));
    }

    [Fact]
    public void The_items_are_the_printed_一要_to_五要()
    {
        Assert.Equal(["1", "2", "3", "4", "5"], ItemsOf("二(一)"));
        Assert.Equal(["1", "2", "3"], ItemsOf("二(五)"));
        Assert.Empty(ItemsOf("二(七)"));
    }

    [Theory]
    [InlineData("2017年4月底前，所有学校、幼儿园健全完善门卫制度", "二(一)2")]
    [InlineData("2017年5月底前，所有学校、幼儿园要按照配备标准", "二(一)3")]
    [InlineData("城市校园达标率要达到85%以上", "二(一)4")] // broken across a page in the seed
    [InlineData("2017年5月底前，所有学校、幼儿园实现封闭式管理", "二(一)5")]
    [InlineData("应急演练活动每学期不少于1次", "二(六)")]
    [InlineData("每月到校园工作不少于两次", "二(七)")]
    [InlineData("第三阶段：检查验收（11月-12月）", "三")]
    [InlineData("发生的重大案事件和重要情况信息要随时上报", "四(三)")] // the unnumbered last paragraph follows 四(三)
    [InlineData("打击涉校违法犯罪和防范案事件情况，要报送具体情况", "附件")]
    public void A_phrase_is_found_in_its_innermost_clause(string phrase, string clause)
        => Assert.Equal([clause], Plan.WhereIs(phrase));

    [Fact]
    public void The_campaign_span_is_in_the_notice_and_the_opening_paragraph_not_in_section_three()
    {
        Assert.Equal(new HashSet<string> { "通知", "前言" }, Plan.WhereIs("自即日起至2018年1月底").ToHashSet());
        Assert.False(Plan.Quotes("三", "自即日起至2018年1月底"));
    }

    [Fact]
    public void A_quotation_is_matched_piece_by_piece_across_widths_and_spaces()
    {
        Assert.True(Plan.Quotes("二（一）5", "所有需要设置…隔离栏、升降柱硬质防冲撞设施的学校、幼儿园，要全部设置安装完毕"));
        Assert.True(Plan.Quotes("前言", "自即日起至2018年1月底"));   // printed "至 2018 年 1 月底"
        Assert.False(Plan.Quotes("二(一)5", "所有需要设置…一键式"));
    }

    [Fact]
    public void Text_that_is_not_the_plan_is_refused()
    {
        Assert.Throws<FormatException>(() => PlanText.Parse("一、任务目标\n三、时间安排\n"));
        Assert.Throws<FormatException>(() => PlanText.Parse("something else entirely"));
    }

    [Fact]
    public void Every_indicator_label_is_printed_in_the_attachment()
    {
        var form = Plan.TextOf("附件");
        var missing = HuXiao.Reporting.ReportSchema.Zhengzhou2017.Indicators
            .Where(i => !form.Contains(PlanText.Normalise(i.Label), StringComparison.Ordinal))
            .Select(i => $"{i.Code} {i.Label}")
            .ToArray();
        Assert.True(missing.Length == 0, "Labels not printed in the attachment: " + string.Join(", ", missing));
    }

    private static string[] PartsOf(string section)
        => Plan.Clauses.Where(c => c.StartsWith(section + "(", StringComparison.Ordinal) && c.EndsWith(')')).Select(c => c[1..]).OrderBy(c => "一二三四五六七八九十".IndexOf(c[1], StringComparison.Ordinal)).ToArray();

    private static string[] ItemsOf(string part)
        => Plan.Clauses.Where(c => c.Length == part.Length + 1 && c.StartsWith(part, StringComparison.Ordinal)).Select(c => c[^1..]).Order(StringComparer.Ordinal).ToArray();
}
