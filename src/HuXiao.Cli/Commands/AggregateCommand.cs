using HuXiao.Cli.Infrastructure;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Json;
using NodaTime.Text;

namespace HuXiao.Cli.Commands;

/// <summary>
/// <c>aggregate FILE... --unit-code C --unit-name N --period YYYY-MM [--expect C1,C2,...] [--strict] -o OUT.xlsx|OUT.json</c>:
/// the roll-up, with missing units and inputs' errors listed.
/// </summary>
internal sealed class AggregateCommand : ICommand
{
    public string Name => "aggregate";

    public string Usage => "aggregate FILE... --unit-code C --unit-name N --period YYYY-MM [--expect C1,C2,...] [--strict] [--units FILE] [--sheet NAME] -o OUT.xlsx|OUT.json   the roll-up; every form must be for --period; --units and --sheet as for validate";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--unit-code", "--unit-name", "--period", "--expect", "--out", .. FormReadArguments.Names(declaresUnit: false)], flags: ["--strict"]);
        if (a.Positional.Count == 0)
        {
            throw new CliUsageException("aggregate: name the units' forms to combine, for example: huxiao aggregate forms/*.json --unit-code 410100 --unit-name 郑州市 --period 2017-05 -o city.json");
        }

        var parent = new OrganisationUnit(a.RequiredOption(Name, "--unit-code", "410100"), a.RequiredOption(Name, "--unit-name", "郑州市"));
        var period = ParsePeriod(Name, a.RequiredOption(Name, "--period", "2017-05"));
        var output = a.RequiredOption(Name, "--out", "city-2017-05.json");
        var expected = a.Option("--expect")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var read = FormReadArguments.Parse(Name, a, declaresUnit: false);
        var loaded = a.Positional.Select(f => InputReports.Load(f, read)).ToArray();
        var problems = loaded.Select(l => (l.File, Findings: ValidateCommand.Check(l, new Dictionary<string, MonthlyReport>()).Where(f => f.IsError).ToArray()))
            .Where(x => x.Findings.Length > 0)
            .ToArray();
        foreach (var (file, findings) in problems)
        {
            context.Error.WriteLine($"{file}: {findings.Length} error(s), first: {findings[0]}");
        }

        if (a.Flag("--strict") && problems.Length > 0)
        {
            context.Error.WriteLine($"aggregate: --strict refuses inputs with errors ({problems.Length} file(s)); nothing written.");
            return ExitCodes.Findings;
        }

        var reports = loaded.Where(l => l.Report is not null).Select(l => l.Report!).ToArray();
        var schema = reports.FirstOrDefault()?.Schema ?? ReportSchema.Zhengzhou2017;
        var result = ReportRollUp.Combine(schema, parent, period, reports, expected);
        foreach (var code in result.Missing)
        {
            context.Error.WriteLine($"missing: unit {code} did not report for {period:uuuu-MM}");
        }

        foreach (var superseded in result.Superseded)
        {
            context.Error.WriteLine($"replaced: unit {superseded.Unit.Code} revision {superseded.Revision} by revision {superseded.ReplacedBy}");
        }

        var inputs = a.Positional;
        switch (Path.GetExtension(output).ToLowerInvariant())
        {
            case ".json":
                AtomicFile.Write(output, s => new ReportJsonSerializer().Serialize(result.Report, s), inputs);
                break;
            case ".xlsx":
                var units = expected?.Select(c => result.Used.FirstOrDefault(r => r.Unit.Code == c)?.Unit ?? new OrganisationUnit(c, c)).ToArray();
                var findings = loaded.Where(l => l.Report is not null)
                    .SelectMany(l => HuXiao.Reporting.Validation.RuleSet.For(l.Report!.Schema).Validate(l.Report!, locator: l.Locator).Findings)
                    .Where(f => f.Severity == HuXiao.Reporting.Validation.FindingSeverity.Error);
                var unreadable = problems.SelectMany(p => p.Findings.Select(f => new HuXiao.Excel.WorkbookFinding(Path.GetFileName(p.File), f.Rule, "error", f.Message, f.Location, "input")));
                new HuXiao.Excel.RollUpWorkbookWriter().WriteToFile(result, output, inputs, units, findings, unreadable);
                break;
            default:
                throw new CliUsageException($"aggregate: the output must end in .json or .xlsx, not '{Path.GetExtension(output)}'.");
        }

        context.Out.WriteLine($"{parent.Code} {parent.Name} {period:uuuu-MM}: {result.Used.Count} unit(s) combined, {result.Missing.Count} missing → {output}");
        return ExitCodes.Ok;
    }

    internal static NodaTime.YearMonth ParsePeriod(string verb, string text)
    {
        var parsed = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM").Parse(text);
        return parsed.Success ? parsed.Value : throw new CliUsageException($"{verb}: --period '{text}' is not a month; write it as YYYY-MM, for example 2017-05.");
    }
}
