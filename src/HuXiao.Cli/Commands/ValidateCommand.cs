using HuXiao.Cli.Infrastructure;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;

namespace HuXiao.Cli.Commands;

/// <summary><c>validate FILE... [--previous FILE...] [--format text|json]</c>: check units' forms.</summary>
internal sealed class ValidateCommand : ICommand
{
    public string Name => "validate";

    public string Usage => "validate FILE... [--previous FILE...] [--format text|json]   check units' forms; --previous enables the 合计 chain check";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--format"], ["--previous"]);
        var format = a.Format(Name);
        if (a.Positional.Count == 0)
        {
            throw new CliUsageException("validate: name at least one form, for example: huxiao validate 410102-2017-05.json");
        }

        var previous = a.Options("--previous").Select(InputReports.LoadReadable).Where(p => p.Report is not null).ToDictionary(p => p.Report!.Unit.Code, p => p.Report!, StringComparer.Ordinal);
        var results = new List<(string File, IReadOnlyList<CliFinding> Findings)>();
        foreach (var file in a.Positional)
        {
            var loaded = InputReports.LoadReadable(file);
            results.Add((file, Check(loaded, previous)));
        }

        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(JsonOutput.Write(json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("files");
                foreach (var (file, findings) in results)
                {
                    json.WriteStartObject();
                    json.WriteString("file", file);
                    json.WriteStartArray("findings");
                    foreach (var finding in findings)
                    {
                        finding.WriteJson(json);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }));
        }
        else
        {
            foreach (var (file, findings) in results)
            {
                var errors = findings.Count(f => f.IsError);
                context.Out.WriteLine($"{file}: {errors} error(s), {findings.Count - errors} warning(s)");
                foreach (var finding in findings)
                {
                    context.Out.WriteLine("  " + finding);
                }
            }
        }

        return results.Any(r => r.Findings.Any(f => f.IsError)) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    internal static IReadOnlyList<CliFinding> Check(LoadedReport loaded, IReadOnlyDictionary<string, MonthlyReport> previous)
    {
        if (loaded.Report is not { } report)
        {
            return loaded.Problems.Select(CliFinding.From).ToArray();
        }

        MonthlyReport? before = null;
        if (previous.TryGetValue(report.Unit.Code, out var candidate))
        {
            if (candidate.Period.PlusMonths(1) != report.Period || !candidate.Schema.IsSameForm(report.Schema))
            {
                throw new CliUsageException($"validate: --previous holds {candidate} for unit {report.Unit.Code}, but {loaded.File} is for {report.Period:uuuu-MM}; give the month before ({report.Period.PlusMonths(-1):uuuu-MM}).");
            }

            before = candidate;
        }

        return RuleSet.For(report.Schema).Validate(report, before, loaded.Locator).Findings.Select(CliFinding.From).ToArray();
    }
}
