using HuXiao.Calendar;
using HuXiao.Excel;
using HuXiao.Months;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Cli;

/// <summary>The unit a month's forms are filed to, and the units below it expected to file.</summary>
internal sealed record UnitList(OrganisationUnit Parent, UnitHierarchy Hierarchy);

/// <summary>
/// What the month verbs (aggregate, check, brief) share: which units are expected (<c>--expect C1,C2,…</c>, or
/// <c>--units FILE</c>, a unit list read by <see cref="UnitHierarchyJson.LoadFile"/>; the campaign's units when
/// neither is given and the parent is one of them; otherwise the units whose forms were given), building the month from
/// the files, and telling standard error where each unit stands. The statuses themselves are the library's
/// (<see cref="MonthlyCycle"/>): nothing here decides what a file means.
/// </summary>
internal static class MonthInputs
{
    /// <summary>Works out the parent and the expected units from the options.</summary>
    /// <param name="verb">The verb, for messages.</param>
    /// <param name="a">The arguments.</param>
    /// <param name="read">The read options: their unit list is the one <c>--units</c> gave, when it was given.</param>
    /// <param name="campaign">The campaign, whose units are expected when no other list is given.</param>
    /// <param name="parentDefaultsToRoot">Whether the parent, when not given, is the root of the campaign's units (brief and check) rather than required (aggregate).</param>
    /// <param name="forms">The forms given, for the units' names and, as a last resort, the expected units themselves.</param>
    internal static UnitList Resolve(string verb, CliArguments a, ExcelReadOptions read, CliCampaign campaign, bool parentDefaultsToRoot, IEnumerable<LoadedReport> forms)
    {
        var defaultParent = parentDefaultsToRoot ? campaign.Units?.Root : null;
        var code = a.Option("--unit-code");
        var name = a.Option("--unit-name");
        var expect = a.Option("--expect");
        var unitFile = a.Option(FormReadArguments.Units);
        if (expect is not null && unitFile is not null)
        {
            throw new CliUsageException($"{verb}: --expect 与 --units 只能给一个。 give --expect or --units, not both: --expect names the units, --units gives a unit list.");
        }

        var list = unitFile is not null ? read.Units : null;
        var parent = (code, name) switch
        {
            ({ } c, { } n) when !string.IsNullOrWhiteSpace(c) && !string.IsNullOrWhiteSpace(n) => new OrganisationUnit(c.Trim(), n.Trim()),
            (null, null) => list?.Root ?? defaultParent
                ?? throw new CliUsageException($"{verb}: --unit-code and --unit-name are required (or --units with a unit list), for example --unit-code {campaign.Units?.Root.Code ?? "410100"} --unit-name {campaign.Units?.Root.Name ?? "郑州市"}."),
            _ => throw new CliUsageException($"{verb}: give --unit-code and --unit-name together, for example --unit-code 410100 --unit-name 郑州市."),
        };

        var loaded = forms.ToArray();
        if (list is not null)
        {
            return list.Contains(parent.Code) && !list.IsLeaf(parent.Code)
                ? new UnitList(parent, list)
                : throw new CliUsageException($"{verb}: 单位名单 {unitFile} 中没有下辖单位的 {parent.Code}。 the unit list {unitFile} has no unit {parent.Code} with units below it; give the code of a unit in it, or another list.");
        }

        OrganisationUnit[] expected;
        if (expect is not null)
        {
            var codes = expect.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (codes.Length == 0)
            {
                throw new CliUsageException($"{verb}: --expect 没有列出单位。 --expect names no unit; give the codes, for example --expect 410102,410103.");
            }

            expected = codes.Select(c => NameOf(c, campaign, loaded)).ToArray();
        }
        else if (campaign.Units is { } units && units.Contains(parent.Code) && !units.IsLeaf(parent.Code))
        {
            return new UnitList(parent, units);
        }
        else
        {
            expected = loaded.Select(f => f.Report?.Unit ?? f.Unit).OfType<OrganisationUnit>().Where(u => u.Code != parent.Code).DistinctBy(u => u.Code, StringComparer.Ordinal).ToArray();
            if (expected.Length == 0)
            {
                throw new CliUsageException($"{verb}: 没有报表写明填表单位，无法确定应报单位，请用 --expect 或 --units 给出。 no form names its unit, so nobody is known to be expected; say who files to {parent.Code} with --expect C1,C2,… or --units FILE.");
            }
        }

        if (expected.Any(u => u.Code == parent.Code))
        {
            throw new CliUsageException($"{verb}: {parent.Code} 是汇总单位，不能同时是应报单位。 {parent.Code} is the unit the forms are combined into; it cannot also be expected to file to itself.");
        }

        return new UnitList(parent, UnitHierarchy.CreateBuilder(parent).AddUnderRoot(expected.DistinctBy(u => u.Code, StringComparer.Ordinal)).Build());
    }

    /// <summary>
    /// The forms as read for the month's verbs: every form must be for <paramref name="period"/> (the month declared
    /// with <c>--period</c>); a form that says another month is the wrong file, not a unit's filing, and stops the run
    /// naming both months and every such file (exit code 2), as a declared value the file contradicts does for one form.
    /// </summary>
    internal static LoadedReport[] ReadForMonth(string verb, CliCampaign campaign, IEnumerable<string> files, ExcelReadOptions read, YearMonth period)
    {
        var loaded = files.Select(f => InputReports.Read(campaign, f, read with { Period = null })).ToArray();
        var others = loaded.Where(l => (l.Report?.Period ?? l.Period) is { } p && p != period).ToArray();
        if (others.Length > 0)
        {
            throw new CliUsageException($"{verb}: {others.Length} 份报表不是 {period:uuuu-MM} 的。 {others.Length} form(s) are not for --period {period:uuuu-MM}; give the month's forms or the month they are for:"
                + string.Concat(others.Select(o => $"{Environment.NewLine}  [{ExcelErrorCodes.IdentityConflict}] {o.File}: 统计月份不一致：文件中是 {(o.Report?.Period ?? o.Period):uuuu-MM}，而给出的是 {period:uuuu-MM}. The file says {(o.Report?.Period ?? o.Period):uuuu-MM}, but --period is {period:uuuu-MM}.")));
        }

        return loaded;
    }

    /// <summary>Builds the month from the files as read: the campaign's calendar, consistency rules and targets judge it.</summary>
    internal static MonthlyCycle Build(CliCampaign campaign, UnitList units, YearMonth period, LocalDate asOf, IEnumerable<LoadedReport> forms, IEnumerable<MonthlyReport>? previousMonth = null)
        => MonthlyCycle.CreateBuilder(campaign.Campaign, period, asOf)
            .WithUnits(units.Hierarchy, units.Parent)
            .AddRange(forms.Select(f => f.ToSubmission()))
            .WithPreviousMonth(previousMonth ?? [])
            .WithChecker(new HuXiao.Compliance.ComplianceChecker(campaign.Targets))
            .Build();

    /// <summary>Tells standard error where each unit that is not simply filed stands, and which files no unit could be told from.</summary>
    internal static void Describe(MonthlyCycle month, TextWriter error)
    {
        foreach (var unit in month.Units)
        {
            var who = $"{unit.Unit.Code} {unit.Unit.Name}";
            var file = unit.Submission?.Source;
            switch (unit.Status)
            {
                case FilingStatus.Missing:
                    error.WriteLine(unit.IsNotYetDue
                        ? $"未到期 not yet due: {who} 尚未报送 {month.Period:uuuu-MM}（{month.Due?.DueDate:uuuu-MM-dd} 前报送） has not filed for {month.Period:uuuu-MM} (due {month.Due?.DueDate:uuuu-MM-dd})"
                        : $"未报 missing: {who} 未报送 {month.Period:uuuu-MM} did not report for {month.Period:uuuu-MM}");
                    break;
                case FilingStatus.Refused:
                    error.WriteLine($"报送有误 refused: {who} 报送的 {file} 无法读取，{unit.Errors} 个问题 filed {file}, which cannot be read: {unit.Errors} problem(s):");
                    foreach (var problem in unit.Submission!.Problems)
                    {
                        error.WriteLine(ProblemLine(problem));
                    }

                    break;
                case FilingStatus.Unexpected:
                    error.WriteLine($"非应报单位 unexpected: {who}（{file}）不在向 {month.Parent.Code} 报送的单位之列，数据未汇总 is not among the units expected to file to {month.Parent.Code}; its figures are not combined");
                    break;
            }

            if (unit.Validation is { IsValid: false } validation)
            {
                error.WriteLine($"{file}: {unit.Errors} 个错误 error(s):");
                foreach (var finding in validation.Errors)
                {
                    error.WriteLine($"  {finding}");
                }
            }

            if (unit.IsLate)
            {
                error.WriteLine($"迟报 late: {who}（{file}）迟报 {unit.DaysLate} 天（按{(unit.DateBasis == FilingDateBasis.Received ? "收到日期" : "表上日期")} {unit.FilingDate:uuuu-MM-dd}） {unit.DaysLate} day(s) late (judged on {(unit.DateBasis == FilingDateBasis.Received ? "the date received" : "the date on the form")}, {unit.FilingDate:uuuu-MM-dd})");
            }

            foreach (var aside in unit.SetAside)
            {
                error.WriteLine(aside.Report is { } replaced
                    ? $"已更正 replaced: {who} 第 {replaced.Revision} 版（{aside.Source}）由第 {unit.Submission?.Report?.Revision} 版代替 revision {replaced.Revision} ({aside.Source}) by revision {unit.Submission?.Report?.Revision}"
                    : $"未采用 set aside: {who} 另报的 {aside.Source} 无法读取（{aside.Problems.Count} 个问题） also sent {aside.Source}, which cannot be read ({aside.Problems.Count} problem(s)):{Environment.NewLine}{ProblemLine(aside.Problems[0])}");
            }
        }

        foreach (var unread in month.Unattributed)
        {
            error.WriteLine($"无法归属 unreadable: {unread.Source} 无法确定是哪个单位 {month.Period:uuuu-MM} 的报表，{unread.Problems.Count} 个问题 cannot be given to a unit of {month.Period:uuuu-MM}: {unread.Problems.Count} problem(s):");
            foreach (var problem in unread.Problems)
            {
                error.WriteLine(ProblemLine(problem));
            }
        }
    }

    /// <summary>One located problem, Chinese then English, as every line of the tool gives it.</summary>
    internal static string ProblemLine(InputProblem problem)
        => $"  [{problem.Code}] {problem.Location}: {problem.Message} {problem.EnglishMessage}";

    /// <summary>An expected unit by code: the campaign's name for it, else the name its form gives, else the code.</summary>
    private static OrganisationUnit NameOf(string code, CliCampaign campaign, IReadOnlyList<LoadedReport> forms)
    {
        if (campaign.Units is { } units && units.Contains(code))
        {
            return units[code];
        }

        return forms.Select(f => f.Report?.Unit ?? f.Unit).FirstOrDefault(u => u?.Code == code) ?? new OrganisationUnit(code, code);
    }
}
