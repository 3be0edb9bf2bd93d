using System.Text.Json.Nodes;
using HuXiao.Calendar;
using HuXiao.Cli.Infrastructure;
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

        // 4. Summary.
        var city = rollUps[last];
        var calendar = new CampaignCalendar(Campaign.Zhengzhou2017, context.Clock);
        var period = calendar.ReportingPeriodOf(last);
        var due = period.DueDate;
        var late = lastReports.Where(r => r.Filing.FiledOn is { } filed && !period.IsOnTime(filed)).ToArray();
        context.Out.WriteLine();
        context.Out.WriteLine($"郑州市 {last:uuuu-MM}: {city.Used.Count}/{expected.Length} units filed; 全部校园数 {city.Report.Total("A01")}, 一键式报警联网 {city.Report.Total("A19")} ({Percent(city.Report.Total("A19"), city.Report.Total("A01"))})");
        context.Out.WriteLine($"  did not file: {Describe(city.Missing)}");
        context.Out.WriteLine($"  filed late (due {due:uuuu-MM-dd}): {Describe(late.Select(r => $"{r.Unit.Code} {r.Unit.Name} on {r.Filing.FiledOn:uuuu-MM-dd}"))}");
        context.Out.WriteLine($"  forms with errors: {Describe(errorsByUnit.Select(e => $"{e.Report.Unit.Code} {e.Report.Unit.Name} ({e.Errors[0].RuleCode}: {e.Errors[0].Message})"))}");
        var behind = lastReports.Where(r => r.Total("A19") < r.Total("A01")).ToArray();
        context.Out.WriteLine($"  behind on one-touch alarms (due 2017-10-31): {Describe(behind.Select(r => $"{r.Unit.Code} {r.Unit.Name} {r.Total("A19")}/{r.Total("A01")}"))}");
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
