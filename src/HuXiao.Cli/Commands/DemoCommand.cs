using System.Text.Json.Nodes;
using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Months;
using HuXiao.Cli.Samples;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;

namespace HuXiao.Cli.Commands;

/// <summary><c>demo [--out DIR]</c>: the main job on built-in, synthetic sample data.</summary>
internal sealed class DemoCommand : ICommand
{
    private static readonly System.Text.Json.JsonSerializerOptions s_indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public string Name => "demo";

    public string Usage => "demo [--out DIR]   the main job on built-in sample data (synthetic); default DIR ./huxiao-demo";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--out"]);
        if (a.Option(CliCampaign.Option) is not null)
        {
            throw new CliUsageException($"demo: 演示只用内置的样例数据（zhengzhou-2017），不接受 {CliCampaign.Option}；请对自己的专项工作使用 template、validate、aggregate 等命令。 The demo runs on the built-in sample data only; run template, validate, aggregate and the other verbs with {CliCampaign.Option} for a campaign of your own.");
        }

        var outDir = Path.GetFullPath(a.Option("--out") ?? "huxiao-demo");
        var json = new ReportJsonSerializer();
        var reports = SampleCampaign.Reports;
        var months = new PeriodRange(SampleCampaign.FirstMonth, SampleCampaign.LastMonth);

        context.Out.WriteLine($"HuXiao demo — {SampleCampaign.SyntheticNote}");
        context.Out.WriteLine($"Writing to {outDir}");

        // 1. The units' forms, as the interchange format and as the official workbook; and, side by side (neither reads
        // what the other writes), 2. the month, once for each sample month: every unit's status, the city's roll-up, each
        // form validated once (with the 合计 chain against the month before) and compliance — the city's holding whatever
        // units are missing.
        var excel = new ExcelFormWriter();
        var progress = new Progress(context.Out, "  forms", reports.Count);
        Directory.CreateDirectory(Path.Combine(outDir, "forms"));
        var monthList = months.ToArray();
        var cycles = new MonthlyCycle[monthList.Length];
        try
        {
            Parallel.Invoke(
                () =>
                {
                    Parallel.ForEach(reports, report =>
                    {
                        var stem = Path.Combine(outDir, "forms", $"{report.Unit.Code}-{report.Period:uuuu-MM}");
                        WriteLabelled(json, report, stem + ".json");
                        excel.WriteToFile(Label(report), stem + ".xlsx");
                        progress.Step();
                    });
                    progress.Done($"{reports.Count} units' forms (json and xlsx) in forms/");
                },
                () => Parallel.For(0, monthList.Length, i => cycles[i] = WriteMonth(json, reports, monthList[i], outDir)));
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }

        // The same forms filed in a submissions ledger, for huxiao serve.
        var (recorded, already, refused) = DemoLedger.Write(outDir, reports, context.Clock);
        var ledgerPath = Path.Combine(outDir, DemoLedger.FileName);
        context.Out.WriteLine($"  ledger: {DemoLedger.FileName} ({recorded} form(s) filed{(already > 0 ? $", {already} already there" : string.Empty)}{(refused > 0 ? $", {refused} refused" : string.Empty)}); 在浏览器中查看 look at it in the browser: huxiao serve --db {ledgerPath}");

        context.Out.WriteLine($"  roll-ups: {cycles.Length} months of the city's combined form in rollups/ (json, and a workbook with every unit's status, the findings and the city's form)");

        // The campaign's calendar, for the calendars people already use.
        var ics = new CampaignIcsExporter(context.Clock).Export(Campaign.Zhengzhou2017);
        OutputFiles.WriteText(Path.Combine(outDir, "campaign.ics"), ics.Replace("PRODID:", $"X-HUXIAO-NOTE:{SampleCampaign.SyntheticLabel}\r\nPRODID:", StringComparison.Ordinal));
        context.Out.WriteLine("  calendar: campaign.ics (milestones and monthly due dates)");

        // 3. The last month: compliance at the demo's as-of date, for the city and each unit.
        var last = cycles[^1];
        var asOf = SampleCampaign.AsOf;
        OutputFiles.WriteText(Path.Combine(outDir, $"compliance-{last.Period:uuuu-MM}.json"), JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("note", SampleCampaign.SyntheticNote);
            w.WriteString("asOf", Dates.Format(asOf));
            w.WriteString("period", $"{last.Period:uuuu-MM}");
            w.WriteStartArray("units");
            foreach (var result in last.UnitCompliance.Prepend(last.Compliance))
            {
                w.WriteStartObject();
                w.WriteStartObject("unit");
                w.WriteString("code", result.Subject.Code);
                w.WriteString("name", result.Subject.Name);
                w.WriteEndObject();
                w.WriteStartArray("findings");
                foreach (var finding in result.Findings)
                {
                    CheckCommand.WriteFinding(w, finding);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));
        context.Out.WriteLine($"  compliance: compliance-{last.Period:uuuu-MM}.json (the city and each unit, as of {Dates.Format(asOf)}), also in the {last.Period:uuuu-MM} roll-up workbook");

        // 4. The monthly briefing (通报) for the last month, with every sample month for the trends.
        var briefing = new HuXiao.Briefing.BriefingBuilder().Build(last, cycles.Take(cycles.Length - 1));
        var briefHtml = new HuXiao.Briefing.Html.BriefingHtmlRenderer(new HuXiao.Briefing.Html.BriefingHtmlOptions { Notice = SampleCampaign.SyntheticNote }).Render(briefing);
        OutputFiles.WriteText(Path.Combine(outDir, $"brief-{last.Period:uuuu-MM}.html"), briefHtml);
        context.Out.WriteLine($"  briefing: brief-{last.Period:uuuu-MM}.html (the month's 通报: targets, the rate interval, units ranked, trends since {SampleCampaign.FirstMonth:uuuu-MM}; print it on A4)");

        // 5. Summary: every line read from the month.
        var city = last.Compliance;
        var due = last.Due!.DueDate;
        context.Out.WriteLine();
        context.Out.WriteLine($"{SampleUnits.City.Name} {last.Period:uuuu-MM} (as of {Dates.Format(asOf)}): {last.Tally.Received}/{last.Tally.Expected} units filed; {city.Count(ComplianceStatus.NotMet)} target(s) not met, {city.Count(ComplianceStatus.CannotTell)} cannot tell, {city.Count(ComplianceStatus.Met)} met");
        context.Out.WriteLine($"  units: {last.Tally}");
        foreach (var finding in city.Findings.Where(f => f.Status != ComplianceStatus.Met))
        {
            context.Out.WriteLine($"  {finding.Status.ToWireName()}: {finding.Message}");
        }

        context.Out.WriteLine($"  did not file: {Describe(last.Units.Where(u => u.Status == FilingStatus.Missing).Select(u => $"{u.Unit.Code} {u.Unit.Name}"))}");
        context.Out.WriteLine($"  filed late (due {Dates.Format(due)}): {Describe(last.Units.Where(u => u.IsLate).Select(u => $"{u.Unit.Code} {u.Unit.Name} on {u.FilingDate:uuuu-MM-dd}, {u.DaysLate} day(s) late"))}");
        context.Out.WriteLine($"  forms with errors: {Describe(last.Units.Where(u => u.Status == FilingStatus.FiledWithErrors).Select(u => $"{u.Unit.Code} {u.Unit.Name} ({u.Validation!.Errors.First().RuleCode}: {u.Validation.Errors.First().Message})"))}");
        context.Out.WriteLine($"  refused (filed, cannot be read): {Describe(last.Units.Where(u => u.Status == FilingStatus.Refused).Select(u => $"{u.Unit.Code} {u.Unit.Name} ({u.Errors} problem(s))"))}");
        context.Out.WriteLine($"  behind (scorecard, furthest first): {Describe(last.Scorecard.Rows.Where(r => r.NotMet > 0).Select(r => $"{r.Unit.Code} {r.Unit.Name}: {string.Join(", ", r.NotMetRules)}, short {r.Shortfall} campus(es)"))}");
        return ExitCodes.Ok;
    }

    /// <summary>One sample month: the month built from its forms, and the city's roll-up as JSON and as a workbook.</summary>
    private static MonthlyCycle WriteMonth(ReportJsonSerializer json, IReadOnlyList<MonthlyReport> reports, NodaTime.YearMonth month, string outDir)
    {
        var cycle = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, month, SampleCampaign.AsOf)
            .WithUnits(SampleUnits.Hierarchy)
            .AddRange(reports.Where(r => r.Period == month).Select(r => Submission.Of(r, $"forms/{r.Unit.Code}-{month:uuuu-MM}.json", locator: JsonPathLocator.Instance)))
            .WithPreviousMonth(reports.Where(r => r.Period == month.PlusMonths(-1)))
            .Build();
        var stem = Path.Combine(outDir, "rollups", $"{SampleUnits.City.Code}-{month:uuuu-MM}");
        WriteLabelled(json, cycle.RollUp.Report, stem + ".json");

        // The last month's workbook carries every unit's compliance findings too (3., below).
        var findings = month != SampleCampaign.LastMonth ? [Note] : cycle.UnitCompliance
            .SelectMany(r => r.Findings.Where(f => f.Status is ComplianceStatus.NotMet or ComplianceStatus.CannotTell)
                .Select(f => f.ToFinding()))
            .Prepend(Note);
        new RollUpWorkbookWriter().WriteToFile(cycle.RollUp, stem + ".xlsx", units: cycle.Units, extraFindings: findings);
        return cycle;
    }

    // The workbook's preparer line carries the label, so every printed form says its numbers are synthetic.
    private static MonthlyReport Label(MonthlyReport report)
        => report.ToBuilder().WithFiling(report.Filing with { Preparer = $"{report.Filing.Preparer}（{SampleCampaign.SyntheticLabel}）" }).Build();

    private static void WriteLabelled(ReportJsonSerializer json, MonthlyReport report, string path)
    {
        // The interchange format ignores unknown top-level fields, so the label travels without breaking readers.
        var node = JsonNode.Parse(json.Serialize(report))!.AsObject();
        node.Insert(0, "note", SampleCampaign.SyntheticNote);
        OutputFiles.WriteText(path, node.ToJsonString(s_indented));
    }

    private static Finding Note => new()
    {
        Kind = FindingKind.Note,
        Code = "note",
        Severity = FindingSeverity.Information,
        UnitCode = SampleUnits.City.Code,
        Message = new BilingualText("合成示例数据，非真实统计", "synthetic sample data, not real statistics"),
    };

    private static string Describe(IEnumerable<string> items)
    {
        var list = items.ToArray();
        return list.Length == 0 ? "none" : string.Join("; ", list);
    }

    private static string Percent(long? part, long? whole)
        => part is { } p && whole is > 0 and { } w ? $"{Math.Floor(p * 1000.0 / w) / 10:0.0}%" : "—";
}
