using System.Xml.Linq;
using HuXiao.Briefing.Html;
using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using NodaTime;
using static HuXiao.Briefing.Tests.TestReports;

namespace HuXiao.Briefing.Tests.Html;

public class BriefingHtmlRendererTests
{
    private static readonly YearMonth November = new(2017, 11);
    private static readonly LocalDate AsOf = new(2017, 12, 5);
    private static readonly OrganisationUnit Tricky = new("410199", "<b>某区</b> & \"测试\"");

    private static MonthlyBriefing Briefing()
    {
        // Data in October and November only; 410199 files both months, 中原区 only November.
        MonthlyReport[] november =
        [
            Form(Zhongyuan, November, 100, 80, 20, 90, 97, new LocalDate(2017, 11, 30)),
            Form(Tricky, November, 50, 40, 10, 40, 50, new LocalDate(2017, 12, 4)),
        ];
        MonthlyReport[] history =
        [
            Form(Tricky, new YearMonth(2017, 9), 50, 40, 10, 40, 30, new LocalDate(2017, 10, 1)),
            Form(Tricky, new YearMonth(2017, 10), 50, 40, 10, 40, 40, new LocalDate(2017, 11, 1)),
        ];
        OrganisationUnit[] expected = [Zhongyuan, Tricky];
        var earlier = history.GroupBy(r => r.Period).Select(g => Month(g.Key, AsOf, expected, g));
        return new BriefingBuilder().Build(Month(November, AsOf, expected, november, history.Where(r => r.Period == November.PlusMonths(-1))), earlier);
    }

    private static XDocument Parse(string html)
    {
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        return XDocument.Parse(html["<!DOCTYPE html>".Length..]);
    }

    [Fact]
    public void The_title_names_the_campaign_once_as_a_briefing_of_its_work()
    {
        var doc = Parse(new BriefingHtmlRenderer().Render(Briefing()));
        var title = doc.Descendants("title").Single().Value;
        Assert.Equal("郑州市2017年全市中小学幼儿园“护校安园”专项工作通报（2017年11月）", title);
    }

    [Fact]
    public void The_page_is_well_formed_and_escapes_every_text()
    {
        var html = new BriefingHtmlRenderer().Render(Briefing());
        var doc = Parse(html);
        Assert.Equal("html", doc.Root!.Name.LocalName);
        Assert.Contains("&lt;b&gt;某区&lt;/b&gt; &amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains(doc.Descendants("td"), td => td.Value == Tricky.Name);
    }

    [Fact]
    public void Nothing_is_fetched_from_anywhere()
    {
        var html = new BriefingHtmlRenderer(new BriefingHtmlOptions { Notice = "合成示例数据", Issuer = "办公室" }).Render(Briefing());
        foreach (var banned in new[] { "http", "//", "@import", "<script", "src=", "url(" })
        {
            Assert.DoesNotContain(banned, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void It_prints_on_A4_without_cutting_charts()
    {
        var html = new BriefingHtmlRenderer().Render(Briefing());
        Assert.Contains("@page { size: A4", html, StringComparison.Ordinal);
        Assert.Contains("figure { margin: 0; break-inside: avoid", html, StringComparison.Ordinal);
        Assert.Contains("break-before: page", html, StringComparison.Ordinal);
        Assert.Equal(4, Parse(html).Descendants("div").Count(d => (string?)d.Attribute("class") == "page"));
    }

    [Fact]
    public void Each_trend_chart_has_a_point_per_month_with_data()
    {
        var doc = Parse(new BriefingHtmlRenderer().Render(Briefing()));
        var charts = doc.Descendants("svg").Where(s => ((string?)s.Attribute("class"))?.Contains("trend", StringComparison.Ordinal) == true).ToArray();
        // One chart per target, the one the city has not met (one-touch alarms: 97 + 50 of 100 + 50) first.
        Assert.Equal(BuiltInRules.DeadlineTargetIds.Order(StringComparer.Ordinal), charts.Select(c => (string)c.Attribute("data-rule")!).Order(StringComparer.Ordinal));
        Assert.Equal(BuiltInRules.OneTouchAlarm, (string?)charts[0].Attribute("data-rule"));

        var alarm = charts.Single(c => (string?)c.Attribute("data-rule") == BuiltInRules.OneTouchAlarm);
        // The city has data in 2017-09, 10 and 11 (410199 alone before November).
        var cityPoints = alarm.Elements("circle").Where(c => (string?)c.Attribute("class") == "pt city").Select(c => (string?)c.Attribute("data-month"));
        Assert.Equal(["2017-09", "2017-10", "2017-11"], cityPoints);

        int PointsOf(string unit) => alarm.Elements("polyline")
            .Where(p => (string?)p.Attribute("data-unit") == unit && ((string?)p.Attribute("class"))!.StartsWith("unit", StringComparison.Ordinal))
            .Sum(p => ((string)p.Attribute("points")!).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(3, PointsOf("410199"));
        Assert.Equal(1, PointsOf("410102"));

        // The due date 2017-10-31 is marked.
        Assert.Single(alarm.Elements("line"), l => (string?)l.Attribute("class") == "due");
    }

    [Fact]
    public void A_not_met_8496_percent_shows_849_never_850()
    {
        // 2124 of 2500 = 84.96%: one-touch alarms short, and the urban rate exactly 84.96% (no rural campus).
        var form = Form(Zhongyuan, November, 2500, 2500, 0, 2124, 2124, new LocalDate(2017, 11, 30));
        var briefing = new BriefingBuilder().Build(Month(November, AsOf, [Zhongyuan], [form]));
        Assert.Equal(ComplianceStatus.NotMet, briefing.TechDefenceRate!.Status);
        Assert.Equal(ComplianceStatus.NotMet, briefing.Targets.Single(t => t.RuleCode == BuiltInRules.OneTouchAlarm).Status);

        var html = new BriefingHtmlRenderer().Render(briefing);
        var doc = Parse(html);
        var alarmRow = doc.Descendants("tr").Single(r => (string?)r.Attribute("data-rule") == BuiltInRules.OneTouchAlarm);
        Assert.Contains("84.9%", alarmRow.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("85.0%", alarmRow.Value, StringComparison.Ordinal);

        var rate = doc.Descendants("svg").Single(s => (string?)s.Attribute("class") == "chart rate");
        Assert.Contains(rate.Elements("text"), t => t.Value == "84.9%");
        Assert.Contains(rate.Elements("text"), t => t.Value == "目标 85.0%");
        Assert.DoesNotContain("85.0%", string.Concat(rate.Elements("text").Where(t => (string?)t.Attribute("class") != "target-label").Select(t => t.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_scorecard_table_lists_units_furthest_behind_first_with_their_filing()
    {
        var doc = Parse(new BriefingHtmlRenderer().Render(Briefing()));
        var rows = doc.Descendants("table").Single(t => (string?)t.Attribute("class") == "units").Element("tbody")!.Elements("tr").ToArray();
        Assert.Equal(["410102", "410199"], rows.Select(r => (string?)r.Attribute("data-unit")));
        Assert.Contains("按时", rows[0].Value, StringComparison.Ordinal);
        Assert.Contains("逾期3天", rows[1].Value, StringComparison.Ordinal);
        Assert.Equal(["filed", "late"], rows.Select(r => (string?)r.Attribute("data-status")));
    }

    [Fact]
    public void The_front_page_counts_every_status_and_says_when_the_citys_verdicts_rest_on_part_of_the_units()
    {
        var problem = new InputProblem("HX0415", "校园安全工作进展报表!B8", "B8 为“12所”，应为整数。", "B8 is '12所'; a whole number was expected.", "A01");
        var month = Month(November, AsOf, [Zhongyuan, Tricky, Erqi, Guancheng],
        [
            Submission.Of(Form(Zhongyuan, November, 100, 80, 20, 90, 97, new LocalDate(2017, 11, 30))),
            Submission.Of(Form(Tricky, November, 50, 40, 10, 40, 50, new LocalDate(2017, 12, 4))),
            Submission.Refused([problem], "410103.xlsx", Erqi, November),
        ]);
        var doc = Parse(new BriefingHtmlRenderer().Render(new BriefingBuilder().Build(month)));

        var tiles = doc.Descendants("div").Where(d => ((string?)d.Attribute("class"))?.StartsWith("tile", StringComparison.Ordinal) == true && (string?)d.Attribute("class") != "tiles")
            .ToDictionary(d => d.Elements("div").First().Value, d => d.Elements("div").Last().Nodes().OfType<XText>().First().Value);
        Assert.Equal("4", tiles["应报单位"]);
        Assert.Equal("1", tiles["按时报送"]);
        Assert.Equal("1", tiles["逾期报送"]);
        Assert.Equal("0", tiles["校验有错"]);
        Assert.Equal("1", tiles["报送有误"]);
        Assert.Equal("1", tiles["未报送"]);

        var erqi = doc.Descendants("table").Single(t => (string?)t.Attribute("class") == "units").Descendants("tr").Single(r => (string?)r.Attribute("data-unit") == "410103");
        Assert.Equal("refused", (string?)erqi.Attribute("data-status"));
        Assert.Contains("报送有误（1处问题）", erqi.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("未报送", erqi.Value, StringComparison.Ordinal);
        Assert.Contains("全市判定只依据已报送且可读取的2/4个单位的数据", doc.Root!.Value, StringComparison.Ordinal);
    }
}
