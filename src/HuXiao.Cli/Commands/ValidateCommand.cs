using HuXiao.Reporting;
using HuXiao.Reporting.Validation;

namespace HuXiao.Cli.Commands;

/// <summary>
/// <c>validate FILE... [--previous FILE...] [--unit-code C] [--unit-name N] [--period YYYY-MM] [--units FILE] [--sheet NAME] [--format text|json]</c>:
/// check units' forms, every problem of every file at once.
/// </summary>
internal sealed class ValidateCommand : ICommand
{
    public string Name => "validate";

    public string Usage => "validate FILE... [--previous FILE...] [--unit-code C] [--unit-name N] [--period YYYY-MM] [--units FILE] [--sheet NAME] [--format text|json]   check units' forms, every problem at once; --previous enables the 合计 chain check; --unit-code/--unit-name/--period declare whose form and which month (a file that says otherwise is refused), --units gives the unit list for printed unit names, --sheet the sheet to read";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--format", .. FormReadArguments.Names()], ["--previous"]);
        var format = a.Format(Name);
        if (a.Positional.Count == 0)
        {
            throw new CliUsageException("validate: 请至少给出一份报表。 name at least one form, for example: huxiao validate 410102-2017-05.json");
        }

        var campaign = CliCampaign.Of(Name, a);
        var options = FormReadArguments.Parse(Name, a, campaign);
        var before = options with { Period = options.Period?.PlusMonths(-1) };
        var previous = a.Options("--previous").Select(f => InputReports.Load(campaign, f, before)).Where(p => p.Report is not null).ToDictionary(p => p.Report!.Unit.Code, p => p.Report!, StringComparer.Ordinal);
        var results = new List<(LoadedReport Loaded, IReadOnlyList<CliFinding> Findings)>();
        foreach (var file in a.Positional)
        {
            var loaded = InputReports.Read(campaign, file, options);
            results.Add((loaded, Check(loaded, previous)));
            if (loaded.Refused)
            {
                context.Error.WriteLine($"huxiao validate: {file}: refused ({loaded.Problems.Count} problem(s), first [{loaded.Problems[0].Code}]); every problem is listed with the results.");
            }
        }

        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(JsonOutput.Write(json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("files");
                foreach (var (loaded, findings) in results)
                {
                    json.WriteStartObject();
                    json.WriteString("file", loaded.File);
                    json.WriteStartArray("findings");
                    foreach (var finding in findings)
                    {
                        finding.WriteJson(json);
                    }

                    json.WriteEndArray();
                    json.WriteBoolean("refused", loaded.Refused);
                    if (loaded.Unit is { } unit)
                    {
                        json.WriteStartObject("unit");
                        json.WriteString("code", unit.Code);
                        json.WriteString("name", unit.Name);
                        json.WriteEndObject();
                    }
                    else
                    {
                        json.WriteNull("unit");
                    }

                    json.StringOrNull("period", loaded.Period is { } period ? $"{period:uuuu-MM}" : null);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }));
        }
        else
        {
            foreach (var (loaded, findings) in results)
            {
                var errors = findings.Count(f => f.IsError);
                var whose = loaded.Unit is { } unit ? $" ({unit}{(loaded.Period is { } p ? $" {p:uuuu-MM}" : string.Empty)})" : string.Empty;
                context.Out.WriteLine($"{loaded.File}{whose}: {(loaded.Refused ? "refused, " : string.Empty)}{errors} error(s), {findings.Count - errors} warning(s)");
                foreach (var finding in findings)
                {
                    context.Out.WriteLine("  " + finding);
                }
            }
        }

        return results.Any(r => r.Loaded.Refused) ? ExitCodes.UnusableInput
            : results.Any(r => r.Findings.Any(f => f.IsError)) ? ExitCodes.Findings
            : ExitCodes.Ok;
    }

    /// <summary>
    /// A file's findings: for a report, the rules' findings; otherwise every problem that kept it from being read,
    /// followed, for a workbook whose cells were refused, by the rules' findings over the cells that were read.
    /// </summary>
    internal static IReadOnlyList<CliFinding> Check(LoadedReport loaded, IReadOnlyDictionary<string, MonthlyReport> previous)
    {
        if (loaded.Report is not { } report)
        {
            var read = loaded.Workbook is { Partial: { } partial } workbook
                ? workbook.ValidateReadCells(RuleSet.For(partial.Schema)).Select(CliFinding.From)
                : [];
            return [.. loaded.Problems.Select(CliFinding.From), .. read];
        }

        MonthlyReport? before = null;
        if (previous.TryGetValue(report.Unit.Code, out var candidate))
        {
            if (candidate.Period.PlusMonths(1) != report.Period || !candidate.Schema.IsSameForm(report.Schema))
            {
                throw new CliUsageException($"validate: --previous 的 {candidate} 不是 {report.Unit.Code} 上月的报表。 --previous holds {candidate} for unit {report.Unit.Code}, but {loaded.File} is for {report.Period:uuuu-MM}; give the month before ({report.Period.PlusMonths(-1):uuuu-MM}).");
            }

            before = candidate;
        }

        return RuleSet.For(report.Schema).Validate(report, before, loaded.Locator).Findings.Select(CliFinding.From).ToArray();
    }
}
