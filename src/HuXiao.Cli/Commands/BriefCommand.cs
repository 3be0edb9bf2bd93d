using HuXiao.Briefing;
using HuXiao.Briefing.Html;
using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Months;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Cli.Commands;

/// <summary>
/// <c>brief FILE... --period YYYY-MM --as-of YYYY-MM-DD [--history DIR] [--unit-code C --unit-name N] [--expect C1,C2,... | --units FILE] -o brief.html</c>:
/// the monthly briefing (通报) as one self-contained HTML page.
/// </summary>
internal sealed class BriefCommand : ICommand
{
    public string Name => "brief";

    public string Usage => "brief FILE... --period YYYY-MM --as-of YYYY-MM-DD [--history DIR] [--unit-code C --unit-name N] [--expect C1,C2,... | --units FILE] [--sheet NAME] -o brief.html   the monthly briefing (通报) as one printable HTML page; FILE... are the units' forms for the month (every form must be for --period; one that cannot be read is that unit's 报送有误, never a reason to stop), --history a folder of earlier months' forms for the trends; the parent is the root of the campaign's units (410100 郑州市公安局 in the built-in campaign) unless given; --units is a unit list (JSON), which also turns printed unit names into codes; --sheet as for validate";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--period", "--as-of", "--history", "--unit-code", "--unit-name", "--expect", "--out", .. FormReadArguments.Names(declaresUnit: false)]);
        if (a.Positional.Count == 0)
        {
            throw new CliUsageException("brief: 请给出各单位本月的报表。 name the units' forms for the month, for example: huxiao brief forms/*-2018-01.json --period 2018-01 --as-of 2018-02-05 -o brief.html");
        }

        var period = AggregateCommand.ParsePeriod(Name, a.RequiredOption(Name, "--period", "2018-01"));
        var asOf = Dates.Parse(Name, "--as-of", a.RequiredOption(Name, "--as-of", "2018-02-05"));
        var output = a.RequiredOption(Name, "--out", "brief.html");
        var cli = CliCampaign.Of(Name, a);
        var campaign = cli.Campaign;
        if (!campaign.ReportingMonths.Contains(period))
        {
            throw new CliUsageException($"brief: {period:uuuu-MM} 不是本次专项工作的报送月份。 {period:uuuu-MM} is not a reporting month of the campaign ({campaign.ReportingMonths.Start:uuuu-MM} to {campaign.ReportingMonths.End:uuuu-MM}).");
        }

        var read = FormReadArguments.Parse(Name, a, cli, declaresUnit: false, declaresPeriod: false);
        var forms = MonthInputs.ReadForMonth(Name, cli, a.Positional, read, period);
        var historyFiles = HistoryFiles(a.Option("--history"));
        var history = historyFiles.Select(f => InputReports.Read(cli, f, read with { Period = null })).ToArray();
        var units = MonthInputs.Resolve(Name, a, read, cli, parentDefaultsToRoot: true, forms.Concat(history));

        // Earlier months, each built as a month of its own, for the trends and the 合计 chain; a file whose month cannot be read is left out of them.
        var earlier = new List<MonthlyCycle>();
        foreach (var group in history.Where(h => (h.Report?.Period ?? h.Period) is { } p && p < period && campaign.ReportingMonths.Contains(p)).GroupBy(h => (h.Report?.Period ?? h.Period)!.Value).OrderBy(g => g.Key))
        {
            earlier.Add(MonthInputs.Build(cli, units, group.Key, asOf, group, Combined(earlier.LastOrDefault(m => m.Period == group.Key.PlusMonths(-1)))));
        }

        foreach (var skipped in history.Where(h => (h.Report?.Period ?? h.Period) is null))
        {
            context.Error.WriteLine($"brief: --history {skipped.File}: its month cannot be read ({skipped.Problems[0]}); left out of the trends.");
        }

        var previous = earlier.LastOrDefault(m => m.Period == period.PlusMonths(-1));
        var month = MonthInputs.Build(cli, units, period, asOf, forms, Combined(previous));
        MonthInputs.Describe(month, context.Error);

        var briefing = new BriefingBuilder().Build(month, earlier);
        var html = new BriefingHtmlRenderer().Render(briefing);
        OutputFiles.WriteText(output, html, a.Positional.Concat(historyFiles));

        var notMet = briefing.Targets.Count(t => t.Status == ComplianceStatus.NotMet);
        context.Out.WriteLine($"brief: wrote {output} — {month.Parent} {period:uuuu-MM}, as of {Dates.Format(asOf)}: {month.Tally}; {notMet} target(s) not met.");
        return ExitCodes.Ok;
    }

    /// <summary>The forms whose figures a month combined: the month before's, for the 合计 chain.</summary>
    private static IEnumerable<MonthlyReport>? Combined(MonthlyCycle? month)
        => month?.Units.Where(u => u.IsCombined).Select(u => u.Submission!.Report!);

    /// <summary>The forms in the history folder (*.json and *.xlsx, not in subfolders), in name order.</summary>
    private static string[] HistoryFiles(string? folder)
    {
        if (folder is null)
        {
            return [];
        }

        if (!Directory.Exists(folder))
        {
            throw new CliUsageException($"brief: --history {folder}: 文件夹不存在。 no such folder; give the folder of earlier months' forms.");
        }

        return Directory.EnumerateFiles(folder, "*.json").Concat(Directory.EnumerateFiles(folder, "*.xlsx"))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
