using System.Text;
using HuXiao.AspNetCore.Endpoints;
using HuXiao.Calendar;
using HuXiao.Ledger;
using HuXiao.Months;
using HuXiao.Reporting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using static HuXiao.AspNetCore.Pages.PageLayout;

namespace HuXiao.AspNetCore.Pages;

/// <summary>
/// The city office's pages, rendered on the server from the same month and ledger the API serves: the campaign's
/// months, a month's table of units with their status, a unit's filings and problems (each with its cell) with the
/// review, and the templates. Uploads, reviews and reopenings go to the API.
/// </summary>
internal sealed class HuXiaoPages(HuXiaoEndpointHandlers forms, Campaign campaign, HuXiaoEndpointSettings settings, IServiceProvider services)
{
    private static readonly LocalDateTimePattern s_localTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    private SubmissionLedger? Ledger => services.GetService<SubmissionLedger>();

    /// <summary>An instant as the campaign's clock shows it (the time zone is named in the column's heading).</summary>
    private string Local(Instant instant) => s_localTime.Format(instant.InZone(campaign.TimeZone).LocalDateTime);

    /// <summary>The campaign's reporting months.</summary>
    internal IResult Index(PageRoutes routes)
    {
        var body = new StringBuilder()
            .Append("<h1>").Append(Both(campaign.Title.Chinese, campaign.Title.English)).Append("</h1>")
            .Append("<p>").Append(Both($"{settings.Units.Root.Name}：{settings.Units.Leaves.Count()} 个单位按月报送。", $"{settings.Units.Leaves.Count()} units file every month.")).Append("</p>")
            .Append("<table><tr><th>").Append(Both("月份", "Month")).Append("</th><th>").Append(Both("报送截止", "Due")).Append("</th><th></th></tr>");
        foreach (var due in campaign.ReportingPeriods)
        {
            var p = Format(due.Period);
            body.Append($"<tr><td><a href=\"{H(routes.Month(p))}\">{H(p)}</a></td><td>{H(LocalDatePattern.Iso.Format(due.DueDate))}</td>")
                .Append($"<td><a href=\"{H(routes.Api($"months/{p}/briefing"))}\">{Both("通报", "briefing")}</a></td></tr>");
        }

        return Page(campaign.Title.Chinese, routes.Pages, body.Append("</table>").ToString());
    }

    /// <summary>A month: every unit with its status and review, the upload box, and links to the templates and the briefing.</summary>
    internal async Task<IResult> MonthAsync(PageRoutes routes, string period, CancellationToken cancellationToken)
    {
        if (!HuXiaoEndpointHandlers.TryPeriod(period, out var month, out var bad))
        {
            return bad;
        }

        MonthlyCycle cycle;
        LedgerMonth? known;
        try
        {
            cycle = await forms.BuildMonthAsync(month, cancellationToken).ConfigureAwait(false);
            known = Ledger is { } ledger ? await ledger.MonthAsync(month, null, cancellationToken).ConfigureAwait(false) : null;
        }
        catch (LedgerException ex)
        {
            return Problems.StoreFailed(ex);
        }

        var p = Format(month);
        var t = cycle.Tally;
        var body = new StringBuilder()
            .Append("<h1>").Append(Both($"{settings.Units.Root.Name} {p} 月报", $"Monthly forms for {p}")).Append("</h1>")
            .Append("<p>").Append(Both(
                $"应报 {t.Expected}，已收 {t.Received}（按时 {t.Filed}，逾期 {t.Late}，校验有错 {t.FiledWithErrors}，报送有误 {t.Refused}），未报 {t.Missing}。"
                    + (cycle.Due is { } due ? $"截止 {LocalDatePattern.Iso.Format(due.DueDate)}。" : "本月不是报送月份。"),
                $"{t.Received} of {t.Expected} received ({t.Filed} on time, {t.Late} late, {t.FiledWithErrors} with errors, {t.Refused} refused), {t.Missing} missing."))
            .Append("</p><p>")
            .Append($"<a href=\"{H(routes.Api($"months/{p}/briefing"))}\">{Both("本月通报", "The month's briefing")}</a> · ")
            .Append($"<a href=\"{H(routes.Month(p))}/templates\">{Both("空白报表下载", "Templates to download")}</a> · ")
            .Append($"<a href=\"{H(routes.Api($"months/{p}"))}\">JSON</a></p>")
            .Append("<h2>").Append(Both("上传报表", "Upload a form")).Append("</h2>")
            .Append(UploadForm(routes.Api($"forms?period={p}"), routes.Pages, next: null))
            .Append("<h2>").Append(Both("各单位报送情况", "Units")).Append("</h2>")
            .Append("<table id=\"units\"><tr><th>").Append(Both("单位", "Unit")).Append("</th><th>").Append(Both("状态", "Status")).Append("</th><th>")
            .Append(Both("报送日期", "Filed on")).Append("</th><th>").Append(Both("错误", "Errors")).Append("</th>");
        if (known is not null)
        {
            body.Append("<th>").Append(Both("审核", "Review")).Append("</th>");
        }

        body.Append("</tr>");
        foreach (var unit in cycle.Units)
        {
            var status = unit.Status.ToWireName();
            body.Append($"<tr data-unit=\"{H(unit.Unit.Code)}\"><td><a href=\"{H(routes.Unit(p, unit.Unit.Code))}\">{H(unit.Unit.Code)} {H(unit.Unit.Name)}</a></td>")
                .Append($"<td class=\"{status}\">{H(unit.Status.ToChinese())}{(unit.IsNotYetDue ? "（尚未到期）" : string.Empty)} <span class=\"en\">{status}{(unit.IsNotYetDue ? ", not yet due" : string.Empty)}</span>")
                .Append(unit.DaysLate > 0 ? $" {Both($"逾期 {unit.DaysLate} 天", $"{unit.DaysLate} day(s) late")}" : string.Empty).Append("</td>")
                .Append($"<td>{(unit.FilingDate is { } on ? H(LocalDatePattern.Iso.Format(on)) : "—")}</td><td>{unit.Errors}</td>");
            if (known is not null)
            {
                body.Append("<td>").Append(known.Find(unit.Unit.Code)?.State is { } state ? StateLabel(state) : "—").Append("</td>");
            }

            body.Append("</tr>");
        }

        return Page($"{p} · {campaign.Title.Chinese}", routes.Pages, body.Append("</table>").ToString());
    }

    /// <summary>A unit's month: its status, the problems of the form that counts (each with its cell), every form it filed, and the review.</summary>
    internal async Task<IResult> UnitAsync(PageRoutes routes, string period, string unit, CancellationToken cancellationToken)
    {
        if (!HuXiaoEndpointHandlers.TryPeriod(period, out var month, out var bad) || !forms.TryUnit(unit, out var organisationUnit, out bad))
        {
            return bad;
        }

        MonthlyCycle cycle;
        UnitLedger? known;
        try
        {
            cycle = await forms.BuildMonthAsync(month, cancellationToken).ConfigureAwait(false);
            known = Ledger is { } ledger ? await ledger.ReadUnitMonthAsync(organisationUnit.Code, month, cancellationToken).ConfigureAwait(false) : null;
        }
        catch (LedgerException ex)
        {
            return Problems.StoreFailed(ex);
        }

        var p = Format(month);
        var filing = cycle.Find(organisationUnit.Code);
        var body = new StringBuilder()
            .Append("<p><a href=\"").Append(H(routes.Month(p))).Append("\">← ").Append(H(p)).Append("</a></p>")
            .Append("<h1>").Append(H($"{organisationUnit.Code} {organisationUnit.Name} · {p}")).Append("</h1>");
        if (filing is not null)
        {
            var status = filing.Status.ToWireName();
            body.Append($"<p id=\"status\" class=\"{status}\">{Both("状态：" + filing.Status.ToChinese(), "status: " + status)}")
                .Append(filing.DaysLate > 0 ? $"，{Both($"逾期 {filing.DaysLate} 天（按收到日期 {LocalDatePattern.Iso.Format(filing.FilingDate!.Value)}）", $"{filing.DaysLate} day(s) late")}" : string.Empty)
                .Append("</p>");
            AppendProblems(body, filing);
        }

        if (known is not null)
        {
            AppendFilings(body, known);
            AppendReview(body, routes, p, organisationUnit.Code, known);
        }

        body.Append("<h2>").Append(Both("上传本单位的报表", "Upload this unit's form")).Append("</h2>")
            .Append(UploadForm(routes.Api($"forms?period={p}&unit={Uri.EscapeDataString(organisationUnit.Code)}"), routes.Pages, routes.Unit(p, organisationUnit.Code)))
            .Append($"<p><a href=\"{H(routes.Api($"templates/{organisationUnit.Code}/{p}"))}\">{Both("下载本单位本月的空白报表", "Download this unit's blank form for the month")}</a></p>");
        return Page($"{organisationUnit.Code} {p}", routes.Pages, body.ToString());
    }

    /// <summary>The month's blank forms, one per unit.</summary>
    internal IResult Templates(PageRoutes routes, string period)
    {
        if (!HuXiaoEndpointHandlers.TryPeriod(period, out var month, out var bad))
        {
            return bad;
        }

        var p = Format(month);
        var body = new StringBuilder()
            .Append("<p><a href=\"").Append(H(routes.Month(p))).Append("\">← ").Append(H(p)).Append("</a></p>")
            .Append("<h1>").Append(Both($"{p} 空白报表", $"Blank forms for {p}")).Append("</h1>")
            .Append("<p>").Append(Both("每个单位一份，已填好单位和月份：填写后上传。", "One per unit, with its unit and month filled in: fill it in and upload it.")).Append("</p><table>");
        foreach (var u in settings.Units.Leaves)
        {
            body.Append($"<tr><td>{H(u.Code)} {H(u.Name)}</td><td><a download href=\"{H(routes.Api($"templates/{u.Code}/{p}"))}\">{H($"{u.Code}-{p}.xlsx")}</a></td></tr>");
        }

        return Page($"{p} templates", routes.Pages, body.Append("</table>").ToString());
    }

    private static void AppendProblems(StringBuilder body, UnitFiling filing)
    {
        var rows = new List<(string Code, string? Cell, string Message, string English)>();
        if (filing.Submission is { Succeeded: false } refused)
        {
            rows.AddRange(refused.Problems.Select(x => (x.Code, x.Location, x.Message, x.EnglishMessage)));
        }

        if (filing.Validation is { } validation)
        {
            rows.AddRange(validation.Findings.Select(f => (f.RuleCode, f.Location, f.Message, f.EnglishMessage)));
        }

        body.Append("<h2>").Append(Both("问题", "Problems")).Append("</h2>");
        if (rows.Count == 0)
        {
            body.Append("<p>").Append(Both("没有问题。", "None.")).Append("</p>");
            return;
        }

        body.Append("<table id=\"problems\"><tr><th>").Append(Both("代码", "Code")).Append("</th><th>").Append(Both("单元格", "Cell")).Append("</th><th>")
            .Append(Both("问题", "Problem")).Append("</th></tr>");
        foreach (var (code, cell, message, english) in rows)
        {
            body.Append($"<tr><td><code>{H(code)}</code></td><td class=\"cell\">{H(cell ?? "—")}</td><td>{H(message)}<br><span class=\"en\">{H(english)}</span></td></tr>");
        }

        body.Append("</table>");
    }

    private void AppendFilings(StringBuilder body, UnitLedger known)
    {
        body.Append("<h2>").Append(Both("报送记录（台账）", "Filings (the ledger)")).Append("</h2>");
        if (known.Forms.Count == 0)
        {
            body.Append("<p>").Append(Both("本月尚未收到报表。", "No form received for the month yet.")).Append("</p>");
            return;
        }

        body.Append("<table id=\"filings\"><tr><th>").Append(Both($"收到时间（{campaign.TimeZone.Id}）", $"Received ({campaign.TimeZone.Id})")).Append("</th><th>").Append(Both("文件", "File")).Append("</th><th>")
            .Append(Both("修订版", "Revision")).Append("</th><th>").Append(Both("渠道", "Channel")).Append("</th><th>").Append(Both("审核", "Review")).Append("</th></tr>");
        foreach (var form in known.Forms)
        {
            var review = known.LastReviewOf(form);
            body.Append($"<tr><td>{H(Local(form.ReceivedAt))}</td><td>{H(form.FileName)}<br><code title=\"SHA-256\">{H(form.Hash.ToString()[..12])}</code></td>")
                .Append($"<td>{(form.Revision is { } r ? r.ToString(System.Globalization.CultureInfo.InvariantCulture) : Both("拒收", "refused"))}</td><td>{H(form.Channel)}</td>")
                .Append("<td>").Append(StateLabel(known.StateOf(form)));
            if (review is not null)
            {
                body.Append($"<br>{H(review.Role)} {H(Local(review.RecordedAt))}");
                foreach (var reason in review.Reasons)
                {
                    body.Append($"<br>{Both("理由：", "reason:")} <q>{H(reason)}</q>");
                }
            }

            body.Append("</td></tr>");
        }

        body.Append("</table>");
        foreach (var reopening in known.Events.OfType<Reopening>())
        {
            body.Append("<p>").Append(Both($"{Local(reopening.RecordedAt)} 由{reopening.Role}重新打开：{reopening.Reason}", "reopened")).Append("</p>");
        }
    }

    private static void AppendReview(StringBuilder body, PageRoutes routes, string p, string code, UnitLedger known)
    {
        var api = routes.Api($"months/{p}/units/{code}");
        var role = $"<label>{Both("审核角色", "Role")} <input name=\"role\" value=\"市局审核\" required maxlength=\"{SubmissionLedger.MaxLabelLength}\"></label> ";
        if (known.Current is { } current && known.State == ReviewState.Pending)
        {
            body.Append("<h2>").Append(Both("审核", "Review")).Append("</h2><p>")
                .Append(Both($"审核修订版 {current.Revision}（{current.FileName}）：通过则本月关闭；退回须写明理由，单位改正后以更高修订版重新报送。", $"Review revision {current.Revision} ({current.FileName}): accepting closes the month; returning needs a reason, and the unit files a corrected, higher revision."))
                .Append("</p>")
                .Append(ApiForm(api + "/review", routes.Pages, routes.Unit(p, code), json: true, cssClass: "review", fields:
                    $"<input type=\"hidden\" name=\"form\" value=\"{H(current.Hash.ToString())}\">{role}"
                    + $"<p><label>{Both("退回理由（每行一条）", "Reasons to return it (one a line)")}<br><textarea name=\"reason\" rows=\"3\"></textarea></label></p>"
                    + $"<button type=\"submit\" name=\"verdict\" value=\"accepted\">{Both("通过", "Accept")}</button> "
                    + $"<button type=\"submit\" name=\"verdict\" value=\"returned\">{Both("退回", "Return")}</button>"));
        }
        else if (known.IsClosed)
        {
            body.Append("<h2>").Append(Both("重新打开", "Reopen")).Append("</h2>")
                .Append(ApiForm(api + "/reopen", routes.Pages, routes.Unit(p, code), json: true, cssClass: "reopen", fields:
                    role + $"<label>{Both("理由", "Reason")} <input name=\"reason\" required></label> <button type=\"submit\">{Both("重新打开本月", "Reopen the month")}</button>"));
        }
    }

    private static string StateLabel(ReviewState state)
    {
        var wire = UnitLedgerView.WireName(state);
        var chinese = state switch
        {
            ReviewState.Pending => "待审核",
            ReviewState.Accepted => "已通过",
            ReviewState.Returned => "已退回",
            _ => "无法审核",
        };
        return $"<span class=\"{wire}\">{H(chinese)} <span class=\"en\">{wire}</span></span>";
    }

    private static string Format(YearMonth month) => month.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture);
}
