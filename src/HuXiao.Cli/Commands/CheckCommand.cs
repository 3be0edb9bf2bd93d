using System.Text.Json;
using HuXiao.Cli.Infrastructure;
using HuXiao.Compliance;
using HuXiao.Reporting;

namespace HuXiao.Cli.Commands;

/// <summary><c>check FILE --as-of YYYY-MM-DD [--units FILE...] [--format text|json]</c>: compliance findings for one report.</summary>
internal sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Usage => "check FILE --as-of YYYY-MM-DD [--units FILE...] [--unit-code C] [--unit-name N] [--period YYYY-MM] [--unit-list FILE] [--sheet NAME] [--format text|json]   compliance findings for one report; --units gives the units' reports behind a roll-up, for tighter rate bounds; --unit-code/--unit-name/--period/--sheet as for validate, --unit-list is validate's --units (the unit list)";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--as-of", "--format", .. FormReadArguments.Names(unitList: "--unit-list")], ["--units"]);
        var format = a.Format(Name);
        if (a.Positional.Count != 1)
        {
            throw new CliUsageException("check: name one report, for example: huxiao check city-2017-11.json --as-of 2017-11-05");
        }

        var asOf = Dates.Parse(Name, "--as-of", a.RequiredOption(Name, "--as-of", "2017-11-05"));
        var read = FormReadArguments.Parse(Name, a, unitList: "--unit-list");
        var report = RequireReport(InputReports.Load(a.Positional[0], read));
        var units = a.Options("--units").Select(f => RequireReport(InputReports.Load(f, read with { Unit = null }))).ToArray();
        var result = new ComplianceChecker().Check(report, asOf, units.Length > 0 ? units : null);

        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(JsonOutput.Write(json => WriteJson(json, report, result)));
        }
        else
        {
            context.Out.WriteLine($"{report.Unit} {report.Period:uuuu-MM}, as of {Dates.Format(asOf)}: {result.Count(ComplianceStatus.NotMet)} not met, {result.Count(ComplianceStatus.CannotTell)} cannot tell, {result.Count(ComplianceStatus.Met)} met, {result.Count(ComplianceStatus.NotDue)} not due");
            foreach (var f in result.Findings)
            {
                context.Out.WriteLine($"  {f.Status.ToWireName(),-14} {f.RuleId} ({f.Source}, due {(f.Due is { } d ? Dates.Format(d) : "—")}): {f.Message}");
            }
        }

        return result.HasNotMet ? ExitCodes.Findings : ExitCodes.Ok;
    }

    internal static void WriteFinding(Utf8JsonWriter json, ComplianceFinding f)
    {
        json.WriteStartObject();
        json.WriteString("rule", f.RuleId);
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

    private static MonthlyReport RequireReport(LoadedReport loaded)
        => loaded.Report ?? throw new CliUsageException($"{loaded.File} has {loaded.Problems.Count} bad value(s) (first: {CliFinding.From(loaded.Problems[0])}); run huxiao validate on it and fix them first.");
}
