using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// The built-in campaign <c>zhengzhou-2017</c>, from 郑公通〔2017〕66号 (issued 2017-04-18) as transcribed in
/// <c>spec/campaign-2017.md</c>. Every date below is printed in the source except where a comment says otherwise.
/// </summary>
internal static class Zhengzhou2017Campaign
{
    internal const string Id = "zhengzhou-2017";

    private const string AllCampusesZh = "所有学校、幼儿园";
    private const string AllCampusesEn = "All schools and kindergartens";
    private const string SpringSemester = "2016-2017-2";
    private const string AutumnSemester = "2017-2018-1";

    private static readonly Lazy<Campaign> s_instance = new(Create);

    internal static Campaign Instance => s_instance.Value;

    private static BilingualText T(string chinese, string english) => new(chinese, english);

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static Campaign Create()
    {
        var allCampuses = T(AllCampusesZh, AllCampusesEn);
        var police = T("公安机关", "Police organs");
        var reportingPolice = T("各公安机关（报送月报的单位）", "Each police organ (the units that file the monthly report)");

        return Campaign.CreateBuilder(Id, T("2017年全市中小学幼儿园“护校安园”专项工作", "2017 Zhengzhou school and kindergarten safety campaign (护校安园)"))
            .WithSource("郑公通〔2017〕66号")
            .WithTimeZone(CampaignBuilder.DefaultTimeZoneId)
            // 自即日起至2018年1月底: from the day of issue to the end of January 2018.
            .WithSpan(D(2017, 4, 18), D(2018, 1, 31))
            .WithReportingMonths(new PeriodRange(new YearMonth(2017, 4), new YearMonth(2018, 1)))
            .WithMonthlyReport(MonthlyReportRule.Zhengzhou2017)
            .WithMonthToSemester(MonthToSemesterRule.SemesterInWhichMonthEnds)
            .WithReportSchema(ReportSchema.Zhengzhou2017)
            // 三、时间安排. Phase 1 is printed as 4月; the campaign starts on 2017-04-18 (自即日起), so its days in the
            // campaign are 04-18..04-30. January 2018 is in the campaign but in no phase: the source defines none.
            .AddPhase(new Phase(1, T("动员部署", "Mobilise and deploy"), new DateInterval(D(2017, 4, 18), D(2017, 4, 30)), "4月",
                T("根据本地实际，建立机构、细化方案，迅速启动各项工作", "Set up bodies, detail the plan, start every measure")))
            .AddPhase(new Phase(2, T("集中攻坚", "Concentrated push"), new DateInterval(D(2017, 5, 1), D(2017, 10, 31)), "5月-10月",
                T("开展摸底排查，对照标准，强力推进，确保每项工作逐一落地", "Survey every campus and push each measure to the standard")))
            .AddPhase(new Phase(3, T("检查验收", "Inspection and acceptance"), new DateInterval(D(2017, 11, 1), D(2017, 12, 31)), "11月-12月",
                T("成立检查验收工作组对全市学校、幼儿园逐一验收；省“护校安园”领导小组将进行抽查", "A city acceptance team checks every campus; the provincial leading group spot-checks (省领导小组抽查)")))
            .AddSemesters(SemesterDefaults.Zhengzhou2017)
            .AddMilestone("gate-keeping", T("健全完善门卫制度", "Gate-keeping rules in place"),
                T("健全完善门卫制度，实现制度上墙、记录完善；上放学重点时段组织专人进行校门看护，实现定人、定岗",
                  "Gate-keeping rules (门卫制度) in place, on the wall, with records; named staff watching the gate at arrival and dismissal times (定人定岗)"),
                "二(一)2", allCampuses, MilestoneDue.On(D(2017, 4, 30)))
            .AddMilestone("perimeter-patrol", T("周边防护定岗定责、建立巡逻机制", "Perimeter posts, duties and patrols"),
                T("对学校、幼儿园的周边防护实现定岗、定责，建立巡逻机制，确保巡护到位",
                  "Perimeter protection with fixed posts and duties (定岗定责), patrol mechanism running"),
                "二(三)", T("所有学校、幼儿园周边", "Around all schools and kindergartens"), MilestoneDue.On(D(2017, 4, 30)))
            .AddMilestone("incident-analysis", T("建立涉校警情研判通报机制", "School-related incident analysis and notification"),
                T("公安机关建立涉校警情研判通报机制，及时组织专项打击，定期反馈涉校案件进展情况",
                  "Police: school-related incident analysis and notification mechanism (涉校警情研判通报机制)"),
                "二(四)", police, MilestoneDue.On(D(2017, 4, 30)))
            .AddMilestone("security-staffing", T("配齐安全保卫人员和防护装备", "Guards, security staff and equipment to standard"),
                T("按照配备标准，配齐专兼职安全保卫人员、保安员和安全防护装备器械",
                  "Guards, security staff and protective equipment to the staffing standard (按照配备标准配齐)"),
                "二(一)3", allCampuses, MilestoneDue.On(D(2017, 5, 31)), ["A05", "A07", "A10", "A01"], "A05 = A01; A07 = A01; A10 = A01")
            .AddMilestone("gate-video", T("大门口等重要位置安装视频监控", "Video surveillance at gates and key places"),
                T("在大门口等重要位置安装完毕视频监控装置", "Video surveillance installed at the gate and other key places"),
                "二(一)4", allCampuses, MilestoneDue.On(D(2017, 5, 31)), ["A16", "A01"], "A16 = A01")
            .AddMilestone("closed-management", T("实现封闭式管理", "Closed management"),
                T("所有学校、幼儿园实现封闭式管理", "Closed management (封闭式管理) on every campus"),
                "二(一)5", allCampuses, MilestoneDue.On(D(2017, 5, 31)), ["A08", "A01"], "A08 = A01")
            .AddMilestone("barriers-traffic", T("设置安装减速带、警示标志、隔离栏、升降柱", "Speed bumps, signs, barriers and bollards installed"),
                T("所有需要设置减速带、警示标志和隔离栏、升降柱硬质防冲撞设施的学校、幼儿园，全部设置安装完毕",
                  "Every campus that needs them: speed bumps, warning signs, barriers and bollards installed"),
                "二(一)5", T("需要设置的学校、幼儿园", "Every campus that needs them"), MilestoneDue.On(D(2017, 5, 31)),
                ["A12", "A11", "A14", "A13"], "A12 ≥ A11; A14 ≥ A13")
            .AddMilestone("hazard-register", T("隐患风险、治安乱点登记造册", "Hazards and trouble spots registered"),
                T("将排查发现的隐患风险、治安乱点登记造册，开展整改、治理，并建立常态化制度，每月予以登记完善",
                  "Hazards and trouble spots registered (登记造册), then the register updated monthly"),
                "二(二)", allCampuses, MilestoneDue.On(D(2017, 5, 31)))
            .AddMilestone("key-person-notification", T("建立重点人员通报制度", "Key-person notification system"),
                T("建立重点人员通报制度，定期将学校周边排查发现的重点人员通报学校、幼儿园保卫部门",
                  "Key-person notification system (重点人员通报制度) with schools"),
                "二(二)", police, MilestoneDue.On(D(2017, 5, 31)))
            .AddMilestone("intelligence-ledger", T("建立情报收集制度和台账", "Intelligence gathering with a ledger"),
                T("学校、幼儿园建立情报收集制度，收集可能涉及违法犯罪的线索，建立台账，及时报告公安机关",
                  "Schools: intelligence-gathering system with a ledger (台账), reporting to the police"),
                "二(五)", allCampuses, MilestoneDue.On(D(2017, 5, 31)))
            .AddMilestone("one-touch-alarm", T("安装“一键式”报警装置并接入报警平台", "One-touch alarm linked to the police"),
                T("所有学校、幼儿园安装完毕“一键式”报警装置，并接入公安机关报警平台",
                  "One-touch alarm (一键式报警) on every campus, linked to the police alarm platform"),
                "二(一)4", allCampuses, MilestoneDue.On(D(2017, 10, 31)), ["A19", "A01"], "A19 = A01")
            // The source gives the 85% target no date. SETTING (campaign-2017.md, "How a deadline is judged"): the
            // acceptance phase checks every target, so it is due by the end of the push phase (phase 2, 2017-10-31).
            .AddMilestone("tech-defence-85", T("城市校园技防达标率达到85%以上", "Urban tech-defence rate at least 85%"),
                T("按照安全技术防范系统国家标准，城市校园达标率要达到85%以上（原文未定日期；按设定于集中攻坚阶段结束时到期）",
                  "Urban campuses meeting the national tech-defence standard: rate at least 85%. The source gives no date; by setting it is due at the end of the push phase"),
                "二(一)4", T("城市校园", "Urban campuses"), MilestoneDue.AtEndOfPhase(2),
                ["A18", "A02", "A03"], "urban rate ≥ 85%; an aggregate bounds it between max(0, A18 − A03) / A02 and min(A18, A02) / A02")
            // 2017年暑假前: before the summer vacation, i.e. by the last day of the second semester of 2016–17 (configured; the default is an assumption).
            .AddMilestone("drowning-prevention", T("预防溺水专项宣传", "Drowning-prevention campaign"),
                T("2017年暑假前，教育部门组织相关部门对预防溺水工作进行专项宣传",
                  "Before the 2017 summer vacation, education bureaus run a drowning-prevention campaign; due on the last day of the configured second semester"),
                "二(六)", T("教育部门", "Education bureaus"), MilestoneDue.AtEndOfSemester(SpringSemester))
            .AddMilestone("stage-report-" + SpringSemester, T("上报第二学期阶段性工作情况和总结报告", "Stage report, second semester"),
                T("第二学期结束前上报阶段性工作情况和总结报告", "Stage report and summary (阶段性工作情况和总结报告) before the second semester ends"),
                "四(三)", reportingPolice, MilestoneDue.AtEndOfSemester(SpringSemester))
            .AddMilestone("stage-report-" + AutumnSemester, T("上报第一学期阶段性工作情况和总结报告", "Stage report, first semester"),
                T("第一学期结束前上报阶段性工作情况和总结报告", "Stage report and summary (阶段性工作情况和总结报告) before the first semester ends"),
                "四(三)", reportingPolice, MilestoneDue.AtEndOfSemester(AutumnSemester))
            .AddObligation(new RecurringObligation("monthly-report", ObligationKind.MonthlyReport, ObligationFrequency.Monthly, 1, "四(三)",
                T("每月1日前将上月工作数据填写《校园安全工作进展报表》报市局", "File last month's data on the progress form (校园安全工作进展报表) with the city bureau by the 1st"),
                reportingPolice))
            .AddObligation(new RecurringObligation("stage-report", ObligationKind.StageReport, ObligationFrequency.PerSemester, 1, "四(三)",
                T("第一学期和第二学期结束前分别上报阶段性工作情况和总结报告", "File a stage report and summary before each semester ends"),
                reportingPolice))
            // 二(六)'s subject is 教育部门、公安机关 (they organise the drills); counting them per campus is a reading,
            // a setting of the compliance rule drills-each-semester (Scope), not the plan's words.
            .AddObligation(new RecurringObligation("emergency-drills", ObligationKind.Drill, ObligationFrequency.PerSemester, 1, "二(六)",
                T("应急演练活动每学期不少于1次", "At least one emergency drill per semester"),
                T("教育部门、公安机关组织开展（原文主语）；合规检查默认按每所学校、幼儿园计（设置）",
                  "Organised by education bureaus and police organs (the plan's subject); compliance checks count them per school and kindergarten by default (a setting)")))
            .AddObligation(new RecurringObligation("liaison-visits", ObligationKind.LiaisonVisit, ObligationFrequency.Monthly, 2, "二(七)",
                T("公安联络员每月到校园工作不少于两次", "The police liaison officer works at the school at least twice a month"),
                T("配有公安联络员的59所市管学校（不是所有校园）", "The 59 city-managed schools that have a liaison officer (not every campus)"),
                unitCount: 59))
            // The same paragraph as the monthly report: 发生的重大案事件和重要情况信息要随时上报 — at once, not monthly.
            .AddEventObligation(new EventObligation("case-reporting", "四(三)",
                T("发生重大案事件或重要情况信息", "A major case or incident (重大案事件), or important information (重要情况信息)"),
                T("发生的重大案事件和重要情况信息要随时上报", "Report it to the city bureau at once (随时上报), not with the monthly form"),
                reportingPolice))
            .Build();
    }
}
