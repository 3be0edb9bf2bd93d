using System.Globalization;
using System.Xml.Linq;
using HuXiao.Compliance;
using HuXiao.Reporting;
using static HuXiao.Briefing.Html.Markup;

namespace HuXiao.Briefing.Html;

/// <summary>
/// Renders a <see cref="MonthlyBriefing"/> as one self-contained HTML page in Chinese: inline style and inline SVG
/// charts made here, no script, and nothing fetched (no font, image or style sheet), for closed government
/// intranets. It prints on A4, a page per section, no chart cut across pages. Percentages have one decimal,
/// rounded down, so a shown figure never contradicts its status. The markup is well-formed XML after the
/// doctype, and every text is escaped. Immutable and thread-safe.
/// </summary>
public sealed class BriefingHtmlRenderer
{
    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The options; defaults when omitted.</param>
    public BriefingHtmlRenderer(BriefingHtmlOptions? options = null)
    {
        Options = options ?? new BriefingHtmlOptions();
    }

    /// <summary>The options.</summary>
    public BriefingHtmlOptions Options { get; }

    /// <summary>Renders the page.</summary>
    /// <param name="briefing">The briefing.</param>
    /// <returns>The HTML text, starting with <c>&lt;!DOCTYPE html&gt;</c>.</returns>
    public string Render(MonthlyBriefing briefing)
    {
        Preconditions.CheckNotNull(briefing);
        var h = briefing.Header;
        // A campaign titled …工作 gets …工作通报, not …工作工作通报.
        var subject = h.CampaignTitle.EndsWith("工作", StringComparison.Ordinal) ? h.CampaignTitle : h.CampaignTitle + "工作";
        var title = $"{h.City.Name}{subject}通报（{Labels.Month(h.Period)}）";
        var html = H("html",
            A("lang", "zh-CN"),
            H("head",
                H("meta", A("charset", "utf-8")),
                H("meta", A("name", "viewport"), A("content", "width=device-width, initial-scale=1")),
                H("meta", A("name", "generator"), A("content", "HuXiao")),
                H("title", title),
                H("style", Stylesheet.Css)),
            H("body",
                Page(Front(briefing), TargetsSection(briefing), RateSection(briefing)),
                Page(UnitsSection(briefing)),
                Page(TrendsSection(briefing)),
                Page(ProblemsSection(briefing), Footer())));
        return "<!DOCTYPE html>\n" + html.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    /// <summary>Renders the page to a writer.</summary>
    /// <param name="briefing">The briefing.</param>
    /// <param name="writer">Where to write.</param>
    public void Write(MonthlyBriefing briefing, TextWriter writer) => Preconditions.CheckNotNull(writer).Write(Render(briefing));

    private static XElement Page(params object?[] content) => C("div", "page", content);

    private XElement[] Front(MonthlyBriefing b)
    {
        var h = b.Header;
        var due = b.Targets.Where(t => t.Status is ComplianceStatus.Met or ComplianceStatus.NotMet or ComplianceStatus.CannotTell).ToArray();
        var notMet = due.Count(t => t.Status == ComplianceStatus.NotMet);
        var phase = h.Phase is { } p
            ? $"第{p.Number}阶段 {p.Name.Chinese}"
            : h.IsInCampaign ? "活动期内，不属任何阶段" : "活动期外";
        var next = h.NextReport is { } n
            ? $"{Labels.Month(n.Period)}报表，{Labels.Date(n.DueDate)}前报送"
            : "无（各期报表截止日均已过）";
        var t = h.Filings;
        var missingDue = t.Missing - t.NotYetDue;
        var lead = new List<string>
        {
            $"{Labels.Month(h.Period)}报表应报{t.Expected}个单位，已报送{t.Received}个（按时{t.Filed}个、逾期{t.Late}个、校验有错{t.FiledWithErrors}个、报送有误{t.Refused}个），未报送{t.Missing}个{(t.NotYetDue > 0 ? $"（其中{t.NotYetDue}个尚未到期）" : string.Empty)}",
        };
        AddNames(lead, b, "逾期", u => u.Status == FilingStatus.Late);
        AddNames(lead, b, "校验有错", u => u.Status == FilingStatus.FiledWithErrors);
        AddNames(lead, b, "报送有误", u => u.Status == FilingStatus.Refused);
        AddNames(lead, b, "未报送", u => u.Status == FilingStatus.Missing && !u.Filing.IsNotYetDue);
        AddNames(lead, b, "不在应报名单", u => u.Status == FilingStatus.Unexpected);
        if (b.Unattributed.Count > 0)
        {
            lead.Add($"另有{b.Unattributed.Count}份报表无法确定报送单位（{string.Join("、", b.Unattributed.Select(s => s.Source))}）");
        }

        var partial = b.Targets.Select(x => x.UnitCoverage).Append(b.TechDefenceRate?.UnitCoverage).FirstOrDefault(c => c is { IsComplete: false });
        if (partial is not null)
        {
            lead.Add($"全市判定只依据已报送且可读取的{partial.Reported}/{partial.Expected}个单位的数据：未报单位可能改变的结论一律为“无法判定”");
        }

        lead.Add(due.Length == 0
            ? "各项期限目标均未到期"
            : $"已到期的{due.Length}项目标中，全市达标{due.Count(t => t.Status == ComplianceStatus.Met)}项、未达标{notMet}项、无法判定{due.Count(t => t.Status == ComplianceStatus.CannotTell)}项");
        var behind = b.Units.Where(u => u.Scorecard is { NotMet: > 0 }).Select(u => u.Unit.Name).ToArray();
        if (behind.Length > 0)
        {
            lead.Add($"有未达标项的单位：{string.Join("、", behind)}");
        }

        return
        [
            C("header", "red",
                C("div", "org", h.CampaignTitle),
                H("h1", $"{h.City.Name}护校安园工作通报"),
                Options.Issuer is { } issuer ? C("div", "issuer", issuer) : null),
            C("div", "meta",
                H("span", $"{Labels.Month(h.Period)}报表 · {h.City.Name}（{h.City.Code}）"),
                H("span", $"截至{Labels.Date(h.AsOf)}")),
            Options.Notice is { } notice ? C("div", "notice", notice) : null!,
            C("div", "tiles",
                Tile("plain", "应报单位", t.Expected.ToString(CultureInfo.InvariantCulture), " 个"),
                Tile(t.Filed == t.Expected ? "good" : "plain", "按时报送", t.Filed.ToString(CultureInfo.InvariantCulture), $" / {t.Expected}"),
                Tile(t.Late > 0 ? "warn" : "good", "逾期报送", t.Late.ToString(CultureInfo.InvariantCulture), " 个"),
                Tile(t.FiledWithErrors > 0 ? "warn" : "good", "校验有错", t.FiledWithErrors.ToString(CultureInfo.InvariantCulture), " 个"),
                Tile(t.Refused > 0 ? "bad" : "good", "报送有误", t.Refused.ToString(CultureInfo.InvariantCulture), " 个"),
                Tile(missingDue > 0 ? "bad" : "good", "未报送", missingDue.ToString(CultureInfo.InvariantCulture), t.NotYetDue > 0 ? $" 个（另{t.NotYetDue}个未到期）" : " 个"),
                Tile(notMet > 0 ? "bad" : "good", "到期目标未达标", notMet.ToString(CultureInfo.InvariantCulture), $" / {due.Length} 项")),
            C("p", "muted", $"活动阶段：{phase}；报表截止日：{Labels.Date(h.ReportDue)}；下次报送：{next}。"),
            C("p", "lead", string.Join("；", lead) + "。"),
        ];
    }

    private static void AddNames(List<string> lead, MonthlyBriefing b, string label, Func<UnitLine, bool> which)
    {
        var names = b.Units.Where(which).Select(u => u.Unit.Name).ToArray();
        if (names.Length > 0)
        {
            lead.Add($"{label}：{string.Join("、", names)}");
        }
    }

    private static XElement Tile(string css, string key, string value, string unit)
        => C("div", "tile " + css, C("div", "k", key), C("div", "v", value, H("small", unit)));

    private static XElement[] TargetsSection(MonthlyBriefing b)
    {
        var rows = b.Targets.Select(t => H("tr",
            A("data-rule", t.RuleCode),
            H("td", t.Title),
            C("td", "c", t.Clause),
            C("td", "c", Labels.ShortDate(t.Due)),
            C("td", "num", $"{t.AchievedCode}/{t.TargetCode} = {Labels.Count(t.Achieved)}/{Labels.Count(t.Target)}"),
            C("td", "cov", CoverageBar.Render(t), C("span", "pct", Labels.Percent(t.Coverage))),
            C("td", "c", Badge(t.Status), Partial(t.UnitCoverage)),
            C("td", "num", t.Status == ComplianceStatus.NotMet && t.Shortfall is > 0 ? $"{(t.UnitCoverage is { IsComplete: false } ? "至少" : string.Empty)}差{Labels.Count(t.Shortfall)}所" : string.Empty)));
        return
        [
            H("h2", C("span", "n", "一、"), "期限目标完成情况（全市）"),
            H("table", A("class", "targets"),
                H("thead", H("tr", H("th", "目标"), C("th", "c", "条款"), C("th", "c", "期限"), C("th", "num", "完成数/应完成数"), H("th", "覆盖率"), C("th", "c", "判定"), C("th", "num", "差额"))),
                H("tbody", rows)),
            C("p", "muted", "覆盖率＝全市各单位报表“合计”之和的比值；期限当日及以前为“未到期”；报表月份早于期限而未达标的为“无法判定”。有单位未报送或报送有误时，合计只含其余单位：已报单位已有校园未达标的为“未达标”（未报单位无法弥补），其余为“无法判定”，并注明已报单位数。"),
        ];
    }

    private static XElement[] RateSection(MonthlyBriefing b)
    {
        if (b.TechDefenceRate is not { } rate)
        {
            return [];
        }

        var basis = rate.Bounds?.Basis switch
        {
            BoundsBasis.UnitReports => "按各单位报表分别计算后汇总的上下限",
            BoundsBasis.Exact => "按校园名册精确计算",
            BoundsBasis.ReportTotals => "按全市报表合计计算的上下限",
            _ => "报表数据不足，无法计算",
        };
        var figure = rate.Bounds is { } bounds
            ? C("div", "rate",
                H("div", Badge(rate.Status), Partial(rate.UnitCoverage), $" {rate.Title}（{rate.Clause}，期限 {Labels.ShortDate(rate.Due)}）："
                    + (bounds.IsExact ? Labels.Percent(bounds.Lower) : $"{Labels.Percent(bounds.Lower)} – {Labels.Percent(bounds.Upper)}")),
                RateChart.Render(rate),
                C("div", "muted", $"依据：{basis}。报表只统计全部校园的技防达标数（A18），城市校园达标率只能界定在区间内：下限 max(0, A18−A03)/A02，上限 min(A18, A02)/A02。"))
            : C("div", "rate", H("div", Badge(rate.Status), " " + rate.Message));
        return [H("h2", C("span", "n", "二、"), "城市校园技防达标率（目标 85%）"), figure];
    }

    private static XElement[] UnitsSection(MonthlyBriefing b)
    {
        var rows = b.Units.Select((u, i) =>
        {
            var s = u.Scorecard;
            var css = u.Status is FilingStatus.Refused || (u.Status == FilingStatus.Missing && !u.Filing.IsNotYetDue) ? "row-missing" : s is { NotMet: > 0 } ? "row-behind" : null;
            return H("tr",
                css is null ? null : A("class", css),
                A("data-unit", u.Unit.Code),
                A("data-status", u.Status.ToWireName()),
                C("td", "num", (i + 1).ToString(CultureInfo.InvariantCulture)),
                H("td", u.Unit.Name),
                C("td", "c " + Labels.FilingClass(u), Labels.Filing(u)),
                Num(s?.NotMet, "bad"),
                Num(s?.CannotTell, null),
                Num(s?.Met, null),
                Num(s?.Shortfall, null),
                H("td", s is null ? "—" : string.Join("、", s.NotMetRules.Select(r => TitleOf(b, r)))),
                Num(u.Filing.Submission is null ? null : u.Errors, "bad"),
                Num(u.Filing.Validation is null ? null : u.Warnings, null));
        });
        return
        [
            H("h2", C("span", "n", "三、"), "各单位情况（由后至前排序）"),
            H("table", A("class", "units"),
                H("thead", H("tr", C("th", "num", "序"), H("th", "单位"), C("th", "c", "报送"), C("th", "num", "未达标"), C("th", "num", "无法判定"), C("th", "num", "达标"), C("th", "num", "差额(所)"), H("th", "未达标项"), C("th", "num", "校验错误"), C("th", "num", "警告"))),
                H("tbody", rows)),
            C("p", "muted", $"排序：未报送、报送有误（报表无法读取，数据未计入合计）的单位在前；数据计入合计的单位按未达标项数（多者在前）、再按各期限目标差额合计（大者在前）、再按单位代码；尚未到期的单位在后。报表截止日 {Labels.ShortDate(b.Header.ReportDue)}，按收到日期（未提供时按报表填报日期）判断按时或逾期；报送有误的单位“校验错误”一栏为无法读取的问题数。"),
        ];
    }

    private static XElement Num(long? value, string? emphasis)
        => value switch
        {
            null => C("td", "num zero", "—"),
            0 => C("td", "num zero", "0"),
            { } v => C("td", emphasis is null ? "num" : "num f-missing", v.ToString(CultureInfo.InvariantCulture)),
        };

    private static string TitleOf(MonthlyBriefing b, string ruleId)
        => b.Targets.FirstOrDefault(t => t.RuleCode == ruleId)?.AchievedCode is { } code
            ? $"{Short(b.Targets.First(t => t.RuleCode == ruleId).Title)}({code})"
            : b.TechDefenceRate?.RuleCode == ruleId ? "技防达标率" : ruleId;

    private static string Short(string title) => title.Replace("所有校园", string.Empty, StringComparison.Ordinal).Replace("需要的校园", string.Empty, StringComparison.Ordinal);

    private XElement[] TrendsSection(MonthlyBriefing b)
    {
        // The targets the city has not met come first: they are what the office acts on.
        static int Urgency(ComplianceStatus? s) => s switch { ComplianceStatus.NotMet => 0, ComplianceStatus.CannotTell => 1, _ => 2 };
        var figures = b.Trends.OrderBy(t => Urgency(b.Targets.FirstOrDefault(l => l.RuleCode == t.RuleCode)?.Status)).Select(t => H("figure",
            A("data-rule", t.RuleCode),
            H("figcaption", t.Title, C("span", "sub", $"{t.AchievedCode}/{t.TargetCode} · {t.Clause} · 期限 {Labels.ShortDate(t.Due)}")),
            TrendChart.Render(t, Options.LabelledUnitsPerChart)));
        return
        [
            H("h2", C("span", "n", "四、"), "覆盖率月度趋势"),
            C("div", "legend",
                H("span", C("span", "sw city", string.Empty), "全市"),
                H("span", C("span", "sw unit", string.Empty), "各单位"),
                H("span", C("span", "sw lag", string.Empty), "末月最低的单位"),
                H("span", C("span", "sw due", string.Empty), "期限")),
            C("div", "grid2", figures),
        ];
    }

    private static XElement[] ProblemsSection(MonthlyBriefing b)
    {
        if (b.Problems.Count == 0)
        {
            return [H("h2", C("span", "n", "五、"), "报表校验问题"), H("p", "各单位报表均无待处理的校验问题。")];
        }

        var rows = b.Problems.Select(p => H("tr",
            A("data-unit", p.Unit.Code),
            H("td", p.Unit.Name),
            Num(p.Errors, "bad"),
            Num(p.Warnings, null),
            H("td", Lines(p).Take(3).Select((line, i) => new object[] { i > 0 ? H("br") : null!, line }.Where(o => o is not null)).SelectMany(o => o),
                Lines(p).Count() > 3 ? C("span", "muted", $"（另有{Lines(p).Count() - 3}条）") : null)));
        return
        [
            H("h2", C("span", "n", "五、"), "报表校验问题（待各单位更正）"),
            H("table", A("class", "problems"),
                H("thead", H("tr", H("th", "单位"), C("th", "num", "错误"), C("th", "num", "警告"), H("th", "问题"))),
                H("tbody", rows)),
        ];
    }

    private static IEnumerable<string> Lines(UnitProblems p)
        => p.ReadProblems.Select(r => $"无法读取：{r.Message}{(r.Location is null ? string.Empty : $"（{r.Location}）")}")
            .Concat(p.Findings.Select(f => $"{(f.Severity == Reporting.FindingSeverity.Error ? "错误" : "警告")}：{f.Message}"));

    private static XElement Footer()
        => H("footer",
            "本通报由 HuXiao 根据各单位上报的月报表生成，所有数字均取自报表，未作估算。百分比保留一位小数并向下取整，显示的数字不与判定结论矛盾。",
            "判定：达标、未达标、无法判定（报表数据不足或早于期限）、未到期、不适用。");

    private static XElement? Partial(UnitCoverage? coverage)
        => coverage is { IsComplete: false } c ? C("div", "muted", string.Create(CultureInfo.InvariantCulture, $"仅{c.Reported}/{c.Expected}个单位")) : null;

    private static XElement Badge(ComplianceStatus status) => C("span", "badge " + Labels.StatusClass(status), status.ToChinese());
}
