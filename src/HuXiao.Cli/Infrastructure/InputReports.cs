using HuXiao.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Cli.Infrastructure;

/// <summary>
/// One input file as read: the report, or the problems that kept it from being read with whose form it is where that
/// could be read, and where its cells came from. <see cref="IsRefused"/>: the file is not a readable form at all
/// (rather than a form with bad values in cells).
/// </summary>
internal sealed record LoadedReport(string File, MonthlyReport? Report, IReadOnlyList<InputProblem> Problems, IReportLocator? Locator, OrganisationUnit? Unit = null, YearMonth? Period = null, bool IsRefused = false)
{
    /// <summary>The file as one of the month's forms: read, or refused with its problems (the month decides what that means for its unit).</summary>
    internal Submission ToSubmission()
        => Report is not null ? Submission.Of(Report, File, locator: Locator) : Submission.Refused(Problems, File, Unit, Period, locator: Locator);
}

/// <summary>Reads units' forms from the files named on the command line, by extension.</summary>
internal static class InputReports
{
    private static readonly ReportJsonSerializer s_json = new();
    private static readonly ExcelFormReader s_excel = new();

    // Problems inside a readable form (a bad value) are findings; anything else makes the file unusable.
    private static readonly string[] s_valuePaths = ["$.new", "$.total", "$.cases", "$.filing"];

    /// <summary>
    /// Reads a form, whatever it holds: a file that cannot be read as a form comes back with its problems. Only a path
    /// that does not exist, a file that cannot be opened, or an extension that is not a form's is a usage error.
    /// </summary>
    internal static LoadedReport Load(string file)
    {
        if (!File.Exists(file))
        {
            throw new CliUsageException($"{file}: no such file; check the path.");
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        switch (extension)
        {
            case ".json":
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(file);
                }
                catch (IOException e)
                {
                    throw new CliUsageException($"{file}: cannot be read ({e.Message}).");
                }

                var result = s_json.Read(bytes);
                return new LoadedReport(file, result.Report, result.Problems, JsonPathLocator.Instance, result.Unit, result.Period, IsRefused: result.Problems.Any(p => !IsValueProblem(p)));
            case ".xlsx":
            case ".xls":
            case ".et":
            case ".xlsm":
                return LoadWorkbook(file, null);
            default:
                throw new CliUsageException($"{file}: unknown file type '{extension}'; give .json or .xlsx forms.");
        }
    }

    /// <summary>Reads a form that must be readable: a file that is not a readable form (damaged, legacy, encrypted, another form) is unusable input.</summary>
    internal static LoadedReport LoadReadable(string file)
    {
        var loaded = Load(file);
        if (loaded.IsRefused)
        {
            var first = loaded.Problems[0];
            throw new CliUsageException(Path.GetExtension(file).Equals(".json", StringComparison.OrdinalIgnoreCase)
                ? $"{file}: {first.EnglishMessage} Fix the file and run again."
                : $"{file}: [{first.Code}] {first.EnglishMessage}");
        }

        return loaded;
    }

    /// <summary>Reads a workbook; a file that is not a readable form (damaged, legacy, encrypted, another form) comes back refused.</summary>
    internal static LoadedReport LoadWorkbook(string file, ExcelReadOptions? options)
    {
        ExcelReadResult result;
        try
        {
            result = s_excel.ReadFile(file, options);
        }
        catch (WorkbookReadException e)
        {
            return new LoadedReport(file, null, [e.Problem], null, IsRefused: true);
        }

        return new LoadedReport(file, result.Report, result.Problems, result.Locator, result.Unit, result.Period, result.IsRefused);
    }

    private static bool IsValueProblem(InputProblem problem)
        => problem.Location is { } location && s_valuePaths.Any(p => location.StartsWith(p, StringComparison.Ordinal));
}
