using HuXiao.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;

namespace HuXiao.Cli.Infrastructure;

/// <summary>One input file as read: the report, or the problems that kept it from being read, and where its cells came from.</summary>
internal sealed record LoadedReport(string File, MonthlyReport? Report, IReadOnlyList<InputProblem> Problems, IReportLocator? Locator);

/// <summary>Reads units' forms from the files named on the command line, by extension.</summary>
internal static class InputReports
{
    private static readonly ReportJsonSerializer s_json = new();
    private static readonly ExcelFormReader s_excel = new();

    // Problems inside a readable form (a bad value) are findings; anything else makes the file unusable.
    private static readonly string[] s_valuePaths = ["$.new", "$.total", "$.cases", "$.filing"];

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
                if (!result.Succeeded && result.Problems.Any(p => !IsValueProblem(p)))
                {
                    var first = result.Problems.First(p => !IsValueProblem(p));
                    throw new CliUsageException($"{file}: {first.EnglishMessage} Fix the file and run again.");
                }

                return new LoadedReport(file, result.Report, result.Problems, JsonPathLocator.Instance);
            case ".xlsx":
            case ".xls":
            case ".et":
            case ".xlsm":
                return LoadWorkbook(file, null);
            default:
                throw new CliUsageException($"{file}: unknown file type '{extension}'; give .json or .xlsx forms.");
        }
    }

    /// <summary>Reads a workbook; a file that is not a readable form (damaged, legacy, encrypted, another form) is unusable.</summary>
    internal static LoadedReport LoadWorkbook(string file, ExcelReadOptions? options)
    {
        ExcelReadResult result;
        try
        {
            result = s_excel.ReadFile(file, options);
        }
        catch (WorkbookReadException e)
        {
            throw new CliUsageException($"{file}: [{e.Code}] {e.Message}");
        }

        if (result.IsRefused)
        {
            var first = result.Problems[0];
            throw new CliUsageException($"{file}: [{first.Code}] {first.EnglishMessage}");
        }

        return new LoadedReport(file, result.Report, result.Problems, result.Locator);
    }

    private static bool IsValueProblem(InputProblem problem)
        => problem.Location is { } location && s_valuePaths.Any(p => location.StartsWith(p, StringComparison.Ordinal));
}
