using System.Text.Json.Nodes;
using HuXiao.Calendar;
using HuXiao.Cli.Infrastructure;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Cli.Samples;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
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
        var outDir = Path.GetFullPath(a.Option("--out") ?? "huxiao-demo");
        var json = new ReportJsonSerializer();
        var schema = ReportSchema.Zhengzhou2017;
        var reports = SampleCampaign.Reports;
        var months = new PeriodRange(SampleCampaign.FirstMonth, SampleCampaign.LastMonth);

        context.Out.WriteLine($"HuXiao demo — {SampleCampaign.SyntheticNote}");
        context.Out.WriteLine($"Writing to {outDir}");

        // 1. The units' forms, as the interchange format and as the official workbook.
        var excel = new ExcelFormWriter();
        var progress = new Progress(context.Out, "  forms", reports.Count);
        Directory.CreateDirectory(Path.Combine(outDir, "forms"));
        Parallel.ForEach(reports, report =>
        {
            var stem = Path.Combine(outDir, "forms", $"{report.Unit.Code}-{report.Period:uuuu-MM}");
            WriteLabelled(json, report, stem + ".json");
            excel.WriteToFile(Label(report), stem + ".xlsx");
            progress.Step();
        });

        progress.Done($"{reports.Count} units' forms (json and xlsx) in forms/");

        // 2. The city's roll-up for each month.
        var expected = SampleUnits.Filers.Select(f => f.Unit.Code).ToArray();
        var rollUps = new Dictionary<NodaTime.YearMonth, RollUpResult>();
        foreach (var month in months)
        {
            var result = ReportRollUp.Combine(schema, SampleUnits.City, month, reports.Where(r => r.Period == month), expected);
            rollUps[month] = result;
            var stem = Path.Combine(outDir, "rollups", $"{SampleUnits.City.Code}-{month:uuuu-MM}");
            WriteLabelled(json, result.Report, stem + ".json");
            var monthFindings = result.Used.SelectMany(r => RuleSet.For(schema).Validate(r).Errors);
            new RollUpWorkbookWriter().WriteToFile(result, stem + ".xlsx", expectedUnits: SampleUnits.Filers.Select(f => f.Unit), findings: monthFindings, extraFindings: [new WorkbookFinding(SampleUnits.City.Code, "note", "info", SampleCampaign.SyntheticNote, null, "demo")]);
        }

        context.Out.WriteLine($"  roll-ups: {rollUps.Count} months of the city's combined form in rollups/ (json, and a workbook with a row per unit, the findings and the city's form)");

        // The campaign's calendar, for the calendars people already use.
        var ics = new CampaignIcsExporter(context.Clock).Export(Campaign.Zhengzhou2017);
        OutputFiles.WriteText(Path.Combine(outDir, "campaign.ics"), ics.Replace("PRODID:", $"X-HUXIAO-NOTE:{SampleCampaign.SyntheticLabel}\r\nPRODID:", StringComparison.Ordinal));
        context.Out.WriteLine("  calendar: campaign.ics (milestones and monthly due dates)");

        // 3. Validation of the last month, with the 合计 chain against the month before.
        var last = SampleCampaign.LastMonth;
        var rules = RuleSet.For(schema);
        var lastReports = reports.Where(r => r.Period == last).ToArray();
        var errorsByUnit = new List<(MonthlyReport Report, ValidationFinding[] Errors)>();
        foreach (var report in lastReports)
        {
            var previous = reports.SingleOrDefault(r => r.Unit.Equals(report.Unit) && r.Period == last.PlusMonths(-1));
            var errors = rules.Validate(report, previous, JsonPathLocator.Instance).Errors.ToArray();
            if (errors.Length > 0)
            {
                errorsByUnit.Add((report, errors));
            }
        }

        // 4. Compliance at the demo's as-of date: the city, with the units' reports for the tighter rate bounds, and each unit.
        var calendar = new CampaignCalendar(Campaign.Zhengzhou2017, context.Clock);
        var period = calendar.ReportingPeriodOf(last);
        var asOf = SampleCampaign.AsOf;
        var checker = new ComplianceChecker();
        var city = rollUps[last];
        var cityResult = checker.Check(city.Report, asOf, city.Used);
        var unitResults = checker.CheckUnits(city, asOf);
        var scorecard = Scorecard.Create(unitResults);
        OutputFiles.WriteText(Path.Combine(outDir, $"compliance-{last:uuuu-MM}.json"), JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("note", SampleCampaign.SyntheticNote);
            w.WriteString("asOf", Dates.Format(asOf));
            w.WriteString("period", $"{last:uuuu-MM}");
            w.WriteStartArray("units");
            foreach (var result in unitResults.Prepend(cityResult))
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
        var compliance = unitResults.SelectMany(r => r.Findings.Where(f => f.Status is ComplianceStatus.NotMet or ComplianceStatus.CannotTell)
            .Select(f => new WorkbookFinding(r.Subject.Code, f.RuleId, f.Status.ToWireName(), f.Message, null, "compliance " + f.Source)));
        new RollUpWorkbookWriter().WriteToFile(city, Path.Combine(outDir, "rollups", $"{SampleUnits.City.Code}-{last:uuuu-MM}.xlsx"),
            expectedUnits: SampleUnits.Filers.Select(f => f.Unit),
            findings: city.Used.SelectMany(r => rules.Validate(r).Errors),
            extraFindings: compliance.Prepend(new WorkbookFinding(SampleUnits.City.Code, "note", "info", SampleCampaign.SyntheticNote, null, "demo")));
        context.Out.WriteLine($"  compliance: compliance-{last:uuuu-MM}.json (the city and each unit, as of {Dates.Format(asOf)}), also in the {last:uuuu-MM} roll-up workbook");

        // The monthly briefing (通报) for the last month, with every sample month for the trends.
        var briefing = new HuXiao.Briefing.BriefingBuilder(Campaign.Zhengzhou2017, checker)
            .Build(SampleUnits.City, last, asOf, lastReports, reports, SampleUnits.Filers.Select(f => f.Unit));
        var briefHtml = new HuXiao.Briefing.Html.BriefingHtmlRenderer(new HuXiao.Briefing.Html.BriefingHtmlOptions { Notice = SampleCampaign.SyntheticNote }).Render(briefing);
        OutputFiles.WriteText(Path.Combine(outDir, $"brief-{last:uuuu-MM}.html"), briefHtml);
        context.Out.WriteLine($"  briefing: brief-{last:uuuu-MM}.html (the month's 通报: targets, the rate interval, units ranked, trends since {SampleCampaign.FirstMonth:uuuu-MM}; print it on A4)");

        // 5. Summary.
        var late = lastReports.Where(r => r.Filing.FiledOn is { } filed && !period.IsOnTime(filed)).ToArray();
        context.Out.WriteLine();
        context.Out.WriteLine($"郑州市 {last:uuuu-MM} (as of {Dates.Format(asOf)}): {city.Used.Count}/{expected.Length} units filed; {cityResult.Count(ComplianceStatus.NotMet)} target(s) not met, {cityResult.Count(ComplianceStatus.CannotTell)} cannot tell, {cityResult.Count(ComplianceStatus.Met)} met");
        foreach (var finding in cityResult.Findings.Where(f => f.Status != ComplianceStatus.Met))
        {
            context.Out.WriteLine($"  {finding.Status.ToWireName()}: {finding.Message}");
        }

        context.Out.WriteLine($"  did not file: {Describe(city.Missing.Select(c => $"{c} {SampleUnits.Hierarchy[c].Name}"))}");
        context.Out.WriteLine($"  filed late (due {Dates.Format(period.DueDate)}): {Describe(late.Select(r => $"{r.Unit.Code} {r.Unit.Name} on {r.Filing.FiledOn:uuuu-MM-dd}, {period.DaysLate(r.Filing.FiledOn!.Value)} day(s) late"))}");
        context.Out.WriteLine($"  forms with errors: {Describe(errorsByUnit.Select(e => $"{e.Report.Unit.Code} {e.Report.Unit.Name} ({e.Errors[0].RuleCode}: {e.Errors[0].Message})"))}");
        context.Out.WriteLine($"  behind (scorecard, furthest first): {Describe(scorecard.Rows.Where(r => r.NotMet > 0).Select(r => $"{r.Unit.Code} {r.Unit.Name}: {string.Join(", ", r.NotMetRules)}, short {r.Shortfall} campus(es)"))}");
        return ExitCodes.Ok;
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

    private static string Describe(IEnumerable<string> items)
    {
        var list = items.ToArray();
        return list.Length == 0 ? "none" : string.Join("; ", list);
    }

    private static string Percent(long? part, long? whole)
        => part is { } p && whole is > 0 and { } w ? $"{Math.Floor(p * 1000.0 / w) / 10:0.0}%" : "—";
}
