using HuXiao.Briefing;
using HuXiao.Briefing.Html;
using HuXiao.Calendar;
using HuXiao.Cli.Infrastructure;
using HuXiao.Compliance;
using HuXiao.Reporting;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Cli.Commands;

/// <summary>
/// <c>brief FILE... --period YYYY-MM --as-of YYYY-MM-DD [--history DIR] [--unit-code C --unit-name N] -o brief.html</c>:
/// the monthly briefing (通报) as one self-contained HTML page.
/// </summary>
internal sealed class BriefCommand : ICommand
{
    public string Name => "brief";

    public string Usage => "brief FILE... --period YYYY-MM --as-of YYYY-MM-DD [--history DIR] [--unit-code C --unit-name N] [--units FILE] [--sheet NAME] -o brief.html   the monthly briefing (通报) as one printable HTML page; FILE... are the units' forms for the month, --history a folder of earlier months' forms for the trends; the city is 410100 郑州市 unless given; every form must be for --period; --units and --sheet as for validate";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--period", "--as-of", "--history", "--unit-code", "--unit-name", "--out", .. FormReadArguments.Names(declaresUnit: false)]);
        if (a.Positional.Count == 0)
        {
            throw new CliUsageException("brief: name the units' forms for the month, for example: huxiao brief forms/*-2018-01.json --period 2018-01 --as-of 2018-02-05 -o brief.html");
        }

        var periodText = a.RequiredOption(Name, "--period", "2018-01");
        var parsed = YearMonthPattern.Iso.Parse(periodText);
        if (!parsed.Success)
        {
            throw new CliUsageException($"brief: --period '{periodText}' is not a month; write it as YYYY-MM, for example 2018-01.");
        }

        var period = parsed.Value;
        var asOf = Dates.Parse(Name, "--as-of", a.RequiredOption(Name, "--as-of", "2018-02-05"));
        var output = a.RequiredOption(Name, "--out", "brief.html");
        var city = City(a.Option("--unit-code"), a.Option("--unit-name"));
        var campaign = Campaign.Zhengzhou2017;
        if (!campaign.ReportingMonths.Contains(period))
        {
            throw new CliUsageException($"brief: {period:uuuu-MM} is not a reporting month of the campaign ({campaign.ReportingMonths.Start:uuuu-MM} to {campaign.ReportingMonths.End:uuuu-MM}).");
        }

        var read = FormReadArguments.Parse(Name, a, declaresUnit: false);
        var reports = a.Positional.Select(f => RequireReport(InputReports.Load(f, read))).ToArray();
        var historyFiles = HistoryFiles(a.Option("--history"));
        var history = historyFiles.Select(f => RequireReport(InputReports.Load(f, read with { Period = null }))).ToArray();

        var briefing = new BriefingBuilder(campaign, new ComplianceChecker()).Build(city, period, asOf, reports, history);
        var html = new BriefingHtmlRenderer().Render(briefing);
        OutputFiles.WriteText(output, html, a.Positional.Concat(historyFiles));

        var notMet = briefing.Targets.Count(t => t.Status == ComplianceStatus.NotMet);
        context.Out.WriteLine($"brief: wrote {output} — {city} {period:uuuu-MM}, as of {Dates.Format(asOf)}: {briefing.FiledCount} unit(s) filed, {briefing.LateCount} late, {briefing.NotFiledCount} not filed; {notMet} target(s) not met.");
        return ExitCodes.Ok;
    }

    /// <summary>The city, default 410100 郑州市; a code and a name go together.</summary>
    private static OrganisationUnit City(string? code, string? name)
        => (code, name) switch
        {
            (null, null) => new OrganisationUnit("410100", "郑州市"),
            ({ } c, { } n) when !string.IsNullOrWhiteSpace(c) && !string.IsNullOrWhiteSpace(n) => new OrganisationUnit(c.Trim(), n.Trim()),
            _ => throw new CliUsageException("brief: give --unit-code and --unit-name together, for example --unit-code 410100 --unit-name 郑州市."),
        };

    /// <summary>The forms in the history folder (*.json and *.xlsx, not in subfolders), in name order.</summary>
    private static string[] HistoryFiles(string? folder)
    {
        if (folder is null)
        {
            return [];
        }

        if (!Directory.Exists(folder))
        {
            throw new CliUsageException($"brief: --history {folder}: no such folder; give the folder of earlier months' forms.");
        }

        return Directory.EnumerateFiles(folder, "*.json").Concat(Directory.EnumerateFiles(folder, "*.xlsx"))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static MonthlyReport RequireReport(LoadedReport loaded)
        => loaded.Report ?? throw new CliUsageException($"{loaded.File} has {loaded.Problems.Count} bad value(s) (first: {CliFinding.From(loaded.Problems[0])}); run huxiao validate on it and fix them first.");
}
