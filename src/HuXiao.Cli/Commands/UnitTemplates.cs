using System.Runtime.ExceptionServices;
using HuXiao.Excel;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Cli.Commands;

/// <summary>
/// <c>template --units FILE --period YYYY-MM -o DIR</c>: the month's blank form for every unit below the unit list's
/// root, each with its unit and month filled in, written by an <see cref="ExcelTemplateBatch"/> (the form rendered once,
/// each unit stamped into it). Each file is named so a clerk knows it: code, name, month.
/// </summary>
internal static class UnitTemplates
{
    /// <summary>The most characters of a unit's name kept in a file name (a name is at most 255 bytes on most systems).</summary>
    private const int MaxNameInFileName = 40;

    internal static int Run(string verb, CliArguments a, CliContext context)
    {
        if (a.Option("--unit-code") is not null || a.Option("--unit-name") is not null)
        {
            throw new CliUsageException($"{verb}: --units 与 --unit-code/--unit-name 只能选一种。 give --units for every unit's template, or --unit-code and --unit-name for one unit's, not both.");
        }

        var units = FormReadArguments.UnitList(verb, a)!;
        var period = AggregateCommand.ParsePeriod(verb, a.RequiredOption(verb, "--period", "2017-06"));
        var folder = a.RequiredOption(verb, "--out", "templates-2017-06");
        if (folder.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"{verb}: 与 --units 同用时 --out 是文件夹。 with --units, --out is the folder for the units' templates, not the file '{folder}'.");
        }

        var below = units.DescendantsOf(units.Root.Code).ToArray();
        if (below.Length == 0)
        {
            throw new CliUsageException($"{verb}: 单位名单 {a.Option(FormReadArguments.Units)} 中 {units.Root} 下没有单位。 the unit list {a.Option(FormReadArguments.Units)} has no unit below {units.Root}; list the units that file to it under \"children\".");
        }

        var files = below.Select(u => (Unit: u, Path: Path.Combine(folder, FileName(u, period)))).ToArray();
        var clash = files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new CliUsageException($"{verb}: 单位 {string.Join("、", clash.Select(f => f.Unit.Code))} 的文件名相同。 units {string.Join(" and ", clash.Select(f => f.Unit.Code))} would both be written to {clash.Key}; give them codes that differ in more than case and punctuation.");
        }

        Directory.CreateDirectory(folder);
        var batch = CliCampaign.Of(verb, a).ExcelWriter.CreateTemplateBatch(period);
        try
        {
            Parallel.ForEach(files, f => batch.WriteToFile(f.Unit, f.Path));
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        context.Out.WriteLine($"{files.Length} blank forms for {period:uuuu-MM} written to {folder}, one for each unit below {units.Root} (CODE-NAME-{period:uuuu-MM}.xlsx)");
        return ExitCodes.Ok;
    }

    /// <summary>The unit's code and name and the month, <c>410102-中原分局-2017-06.xlsx</c>; what a file name cannot hold becomes '_'.</summary>
    internal static string FileName(OrganisationUnit unit, YearMonth period)
    {
        var cut = unit.Name.Length <= MaxNameInFileName ? unit.Name.Length : char.IsHighSurrogate(unit.Name[MaxNameInFileName - 1]) ? MaxNameInFileName - 1 : MaxNameInFileName;
        var name = unit.Name[..cut];
        return $"{Safe(unit.Code)}-{Safe(name)}-{period:uuuu-MM}.xlsx";
    }

    private static string Safe(string text)
    {
        // Invalid on Windows as well as here, so a folder copied to a clerk's PC keeps every file.
        var chars = text.Select(c => c < 0x20 || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal) ? '_' : c).ToArray();
        return new string(chars).Trim().TrimEnd('.');
    }
}
