using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting;

/// <summary>
/// The Zhengzhou 2017 form (郑公通〔2017〕66号 附件 校园安全工作进展报表), read as documented in the project's
/// report-form specification: 46 indicators in three tables, and the consistency rules a correct report obeys.
/// </summary>
internal static class Zhengzhou2017Form
{
    private static readonly ReportRow[] s_both = [ReportRow.New, ReportRow.Total];
    private static readonly ReportRow[] s_total = [ReportRow.Total];

    internal static ReportSchema Schema { get; } = Create();

    private static ReportSchema Create()
    {
        const IndicatorKind S = IndicatorKind.Stock;
        const IndicatorKind F = IndicatorKind.Flow;
        var builder = ReportSchema.CreateBuilder("zhengzhou-2017", 1)
            .WithTitle("校园安全工作进展报表")
            .AddTable("A", "校园与防范设施")
            .AddIndicator("A01", "全部校园数", "all campuses", "全部校园数", "所", S)
            .AddIndicator("A02", "城市校园数", "urban campuses", "全部校园数", "所", S)
            .AddIndicator("A03", "农村校园数", "rural campuses", "全部校园数", "所", S)
            .AddIndicator("A04", "配备保安员数", "security guards employed", "人防建设", "人", S)
            .AddIndicator("A05", "已配备保安员的校园数", "campuses with guards", "人防建设", "所", S)
            .AddIndicator("A06", "配备专(兼)职治安保卫人员", "full/part-time security staff", "人防建设", "人", S)
            .AddIndicator("A07", "配备专(兼)职治安保卫人员校园数", "campuses with security staff", "人防建设", "所", S)
            .AddIndicator("A08", "实现封闭式管理校园数", "campuses under closed management", "物防设施", "所", S)
            .AddIndicator("A09", "配备安全叉等防护装备数", "protective equipment items", "物防设施", "件", S)
            .AddIndicator("A10", "已配齐防护装备的校园数", "campuses fully equipped", "物防设施", "所", S)
            .AddIndicator("A11", "排查需要安装防冲撞设施校园数", "campuses needing anti-ramming barriers", "防冲撞设施", "所", S)
            .AddIndicator("A12", "已安装硬质防冲撞设施校园数", "campuses with hard anti-ramming barriers", "防冲撞设施", "所", S)
            .AddIndicator("A13", "排查需要安装校园周边交通设施校园数", "campuses needing traffic facilities nearby", "防冲撞设施", "所", S)
            .AddIndicator("A14", "已在校园周边安装交通设施校园数", "campuses with traffic facilities installed", "防冲撞设施", "所", S)
            .AddIndicator("A15", "安装视频探头数", "cameras installed", "视频监控设施", "个", S)
            .AddIndicator("A16", "在大门口等重要部位安装探头校园数", "campuses with cameras at gates and key spots", "视频监控设施", "所", S)
            .AddIndicator("A17", "视频监控与公安机关联网校园数", "campuses whose video is linked to the police", "视频监控设施", "所", S)
            .AddIndicator("A18", "国家标准已达标的校园数", "campuses meeting the national tech-defence standard", null, "所", S)
            .AddIndicator("A19", "安装一键式报警装置并与公安机关联网校园数", "campuses with a one-touch alarm linked to the police", null, "所", S)
            .AddTable("B", "风险管控、法制教育、巡逻防控与打击")
            .AddIndicator("B01", "排查高危人员", "high-risk persons identified", "高危人员管控", "人", F)
            .AddIndicator("B02", "其中重性精神病人", "of whom: severe mental illness (identified)", "高危人员管控", "人", F)
            .AddIndicator("B03", "稳控高危人员", "high-risk persons under control", "高危人员管控", "人", F)
            .AddIndicator("B04", "其中重性精神病人", "of whom: severe mental illness (under control)", "高危人员管控", "人", F)
            .AddIndicator("B05", "及时制止可能伤害学生幼儿案事件苗头", "early signs of harm to pupils stopped", "防范案事件", "起", F)
            .AddIndicator("B06", "妥善处置因涉校矛盾纠纷引发的不稳定事端", "unrest from school disputes handled", "防范案事件", "起", F)
            .AddIndicator("B07", "开展法制教育", "legal education sessions", "法制安全教育", "次", F)
            .AddIndicator("B08", "指导开展演练", "drills guided", "法制安全教育", "次", F)
            .AddIndicator("B09", "选派法制副校长(辅导员)", "legal vice-principals and counsellors assigned", "法制安全教育", "人", S)
            .AddIndicator("B10", "发动群防群治力量", "community defence volunteers mobilised", "农村学校群防群治", "人", S)
            .AddIndicator("B11", "参与巡逻值守活动", "patrol and watch participation", "农村学校群防群治", "人次", F)
            .AddIndicator("B12", "落实巡逻值守农村学校数", "rural campuses with patrols in place", "农村学校群防群治", "所", S)
            .AddIndicator("B13", "设立警务室", "campus police rooms set up", "城市学校周边巡逻防控", "个", S)
            .AddIndicator("B14", "校园周边建立治安岗亭", "security kiosks near campuses", "城市学校周边巡逻防控", "个", S)
            .AddIndicator("B15", "设立“护校岗”学校数", "campuses with a school-guard post", "城市学校周边巡逻防控", "所", S)
            .AddIndicator("B16", "校园周边每日巡逻警力", "daily patrol police around campuses", "城市学校周边巡逻防控", "人次", F)
            .AddIndicator("B17", "破获刑事案件", "criminal cases solved", "打击涉校违法犯罪", "起", F)
            .AddIndicator("B18", "查处治安案件", "public-order cases handled", "打击涉校违法犯罪", "起", F)
            .AddIndicator("B19", "抓获违法犯罪嫌疑人", "suspects apprehended", "打击涉校违法犯罪", "人", F)
            .AddTable("C", "矛盾纠纷、隐患整改与督导问责")
            .AddIndicator("C01", "排查涉校纠纷", "school-related disputes identified", "矛盾纠纷排查化解", "起", F)
            .AddIndicator("C02", "化解涉校纠纷", "disputes resolved", "矛盾纠纷排查化解", "起", F)
            .AddIndicator("C03", "排查校园内部安全隐患", "on-campus hazards found", "排查整改隐患", "处", F)
            .AddIndicator("C04", "整改隐患", "hazards fixed", "排查整改隐患", "处", F)
            .AddIndicator("C05", "排查校园周边治安乱点", "trouble spots near campuses found", "排查整改隐患", "处", F)
            .AddIndicator("C06", "整治乱点", "trouble spots cleaned up", "排查整改隐患", "处", F)
            .AddIndicator("C07", "校园安全事件问责", "campus-safety accountability cases", "督导问责", "起", F)
            .AddIndicator("C08", "问责人员", "persons held accountable", "督导问责", "人", F);

        // The indicators are needed to define the rules that range over all of them; build once without rules.
        var indicators = builder.Build().Indicators;
        var all = indicators.Select(i => i.Code).ToArray();
        var stocks = indicators.Where(i => i.Kind == S).Select(i => i.Code).ToArray();

        return builder
            .AddRule(new NonNegativeRule(indicators))
            .AddRule(new SumEqualsRule("urban-plus-rural", FindingSeverity.Error, "A01", ["A02", "A03"], s_both,
                "城市校园数 + 农村校园数 = 全部校园数", "Urban plus rural campuses equal all campuses (A02 + A03 = A01)"))
            .AddRule(new AtMostRule("campus-count-within-all", FindingSeverity.Error,
                [("A05", "A01"), ("A07", "A01"), ("A08", "A01"), ("A10", "A01"), ("A11", "A01"), ("A12", "A01"), ("A13", "A01"), ("A14", "A01"), ("A16", "A01"), ("A17", "A01"), ("A18", "A01"), ("A19", "A01")],
                s_total, "各类校园数不得超过全部校园数", "Each campus count is at most all campuses (A01)"))
            .AddRule(new AtMostRule("count-covers-campuses", FindingSeverity.Error,
                [("A05", "A04"), ("A07", "A06"), ("A10", "A09"), ("A16", "A15")],
                s_total, "计入的校园至少配有一名（件、个）", "A campus counted has at least one (A04 ≥ A05, A06 ≥ A07, A09 ≥ A10, A15 ≥ A16)"))
            .AddRule(new AtMostRule("installed-within-needed", FindingSeverity.Warning,
                [("A12", "A11"), ("A14", "A13")],
                s_total, "已安装设施校园数不超过排查需要安装的校园数", "Campuses with facilities installed are at most those found to need them (A12 ≤ A11, A14 ≤ A13)"))
            .AddRule(new AtMostRule("video-linked-within-installed", FindingSeverity.Warning,
                [("A17", "A16")],
                s_total, "视频联网校园数不超过安装探头校园数", "Video linked to the police implies cameras (A17 ≤ A16)"))
            .AddRule(new AtMostRule("campus-type-within-kind", FindingSeverity.Warning,
                [("B12", "A03"), ("B15", "A02")],
                s_total, "农村巡逻学校数不超过农村校园数；护校岗学校数不超过城市校园数", "Rural patrolled campuses ≤ rural campuses (B12 ≤ A03); guard-post campuses ≤ urban campuses (B15 ≤ A02)"))
            .AddRule(new AtMostRule("of-whom-within-whole", FindingSeverity.Error,
                [("B02", "B01"), ("B04", "B03"), ("B03", "B01"), ("B04", "B02")],
                s_total, "“其中”不超过总数；稳控不超过排查", "'Of whom' is within the whole; under control is within identified (B02 ≤ B01, B04 ≤ B03, B03 ≤ B01, B04 ≤ B02)"))
            .AddRule(new AtMostRule("resolved-within-found", FindingSeverity.Error,
                [("C02", "C01"), ("C04", "C03"), ("C06", "C05")],
                s_total, "化解、整改、整治数不超过排查数（合计）", "Resolved or fixed are within found, in totals (C02 ≤ C01, C04 ≤ C03, C06 ≤ C05)"))
            .AddRule(new TotalChainRule(all))
            .AddRule(new StockDecreaseRule(stocks))
            .AddRule(new CaseDetailsRequiredRule(["B05", "B06", "B17", "B18", "B19"]))
            .AddRule(new BlankCellRule(all))
            .Build();
    }
}
