using System.Text.Json;
using HuXiao.Compliance;
using HuXiao.Reporting;

namespace HuXiao.Cli.Commands;

/// <summary>
/// <c>check FILE --as-of YYYY-MM-DD [--units FILE...] [--unit-list FILE] [--format text|json]</c>: compliance findings for one report;
/// <c>check FILE... --period YYYY-MM --as-of YYYY-MM-DD [--unit-code C --unit-name N] [--expect C1,C2,... | --units FILE]</c>:
/// for the month's total over the units' forms, stated only where it holds whatever units are still missing.
/// </summary>
internal sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Usage => "check FILE --as-of YYYY-MM-DD [--units FILE...] [--unit-code C] [--unit-name N] [--unit-list FILE] [--sheet NAME] [--format text|json]   compliance findings for one report; --units gives the units' reports behind a roll-up, for tighter rate bounds; --unit-code/--unit-name declare the report's unit and --sheet chooses its sheet, as for validate; --unit-list is the unit list that turns a printed unit name into a code (validate's --units)"
        + "\n  huxiao check FILE... --period YYYY-MM --as-of YYYY-MM-DD [--unit-code C --unit-name N] [--expect C1,C2,... | --units FILE] [--sheet NAME] [--format text|json]   compliance of the month's total over the units' forms (every form must be for --period; the parent is the root of the campaign's units unless given; --units is then a unit list, which also turns printed unit names into codes): met or not-met only where no missing or refused unit could change it";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--as-of", "--format", "--period", "--unit-code", "--unit-name", "--expect", FormReadArguments.Sheet, UnitListOption], ["--units"]);
        var format = a.Format(Name);
        var asOf = Dates.Parse(Name, "--as-of", a.RequiredOption(Name, "--as-of", "2017-11-05"));
        var campaign = CliCampaign.Of(Name, a);
        MonthlyReport report;
        ComplianceResult result;
        if (a.Option("--period") is { } periodText)
        {
            if (a.Positional.Count == 0)
            {
                throw new CliUsageException("check: 请给出各单位本月的报表。 name the units' forms for the month, for example: huxiao check forms/*-2017-11.json --period 2017-11 --as-of 2017-12-05");
            }

            if (a.Option(UnitListOption) is not null)
            {
                throw new CliUsageException($"check: 与 --period 同用时 --units 是单位名单，{UnitListOption} 用于单份报表。 with --period, --units is the unit list; {UnitListOption} goes with one report.");
            }

            var period = AggregateCommand.ParsePeriod(Name, periodText);
            var read = FormReadArguments.Parse(Name, a, campaign, declaresUnit: false, declaresPeriod: false);
            var loaded = MonthInputs.ReadForMonth(Name, campaign, a.Positional, read, period);
            var month = MonthInputs.Build(campaign, MonthInputs.Resolve(Name, a, read, campaign, parentDefaultsToRoot: true, loaded), period, asOf, loaded);
            MonthInputs.Describe(month, context.Error);
            (report, result) = (month.RollUp.Report, month.Compliance);
        }
        else
        {
            if (a.Positional.Count != 1)
            {
                throw new CliUsageException("check: 请给出一份报表，或用 --period 给出各单位报表以判断本月合计。 name one report, for example: huxiao check city-2017-11.json --as-of 2017-11-05; or the units' forms with --period to judge the month's total.");
            }

            if (a.Option("--expect") is not null)
            {
                throw new CliUsageException("check: --expect 需与 --period 及各单位报表同用。 --expect goes with --period and the units' forms, to judge the month's total.");
            }

            var read = FormReadArguments.Parse(Name, a, campaign, declaresPeriod: false, unitList: UnitListOption);
            report = RequireReport(InputReports.Load(campaign, a.Positional[0], read));
            var units = a.Options("--units").Select(f => RequireReport(InputReports.Load(campaign, f, read with { Unit = null }))).ToArray();
            result = new ComplianceChecker(campaign.Targets).Check(report, asOf, units.Length > 0 ? units : null);
        }

        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(JsonOutput.Write(json => WriteJson(json, report, result)));
        }
        else
        {
            context.Out.WriteLine($"{report.Unit} {report.Period:uuuu-MM}, as of {Dates.Format(asOf)}: {result.Count(ComplianceStatus.NotMet)} not met, {result.Count(ComplianceStatus.CannotTell)} cannot tell, {result.Count(ComplianceStatus.Met)} met, {result.Count(ComplianceStatus.NotDue)} not due");
            if (result.Findings.Select(f => f.Coverage).FirstOrDefault(c => c is { IsComplete: false }) is { } coverage)
            {
                context.Out.WriteLine($"  {coverage}: missing {string.Join(", ", coverage.Missing)}; a verdict is stated only where no missing unit could change it");
            }

            foreach (var f in result.Findings)
            {
                context.Out.WriteLine($"  {f.Status.ToWireName(),-14} {f.RuleCode} ({f.Source}, due {(f.Due is { } d ? Dates.Format(d) : "—")}): {f.Message}");
            }
        }

        return result.HasNotMet ? ExitCodes.Findings : ExitCodes.Ok;
    }

    internal static void WriteFinding(Utf8JsonWriter json, ComplianceFinding f)
    {
        json.WriteStartObject();
        json.WriteString("rule", f.RuleCode);
        json.WriteString("status", f.Status.ToWireName());
        json.StringOrNull("due", f.Due is { } due ? Dates.Format(due) : null);
        json.StringArray("indicators", f.IndicatorCodes);
        json.WriteString("message", f.Message);
        json.WriteString("source", f.Source);
        if (f.Bounds is not null)
        {
            json.WriteNumber("lower", f.Lower!.Value);
            json.WriteNumber("upper", f.Upper!.Value);
        }

        if (f.Coverage is { IsComplete: false } coverage)
        {
            json.WriteStartObject("coverage");
            json.WriteNumber("reported", coverage.Reported);
            json.WriteNumber("expected", coverage.Expected);
            json.StringArray("missing", coverage.Missing);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteJson(Utf8JsonWriter json, MonthlyReport report, ComplianceResult result)
    {
        json.WriteStartObject();
        json.WriteString("asOf", Dates.Format(result.AsOf));
        json.WriteStartObject("unit");
        json.WriteString("code", report.Unit.Code);
        json.WriteString("name", report.Unit.Name);
        json.WriteEndObject();
        json.WriteString("period", $"{report.Period:uuuu-MM}");
        json.WriteStartArray("findings");
        foreach (var f in result.Findings)
        {
            WriteFinding(json, f);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The option that names the unit list for one report (with --period, --units is the unit list).</summary>
    private const string UnitListOption = "--unit-list";

    private static MonthlyReport RequireReport(LoadedReport loaded)
        => loaded.Report ?? throw new CliUsageException(InputReports.Describe(loaded));
}
