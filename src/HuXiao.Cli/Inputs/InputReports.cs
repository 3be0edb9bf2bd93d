using HuXiao.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Cli;

/// <summary>
/// One input file as read: the report, or the problems that kept it from being read with whose form it is where that
/// could be read, and where its cells came from. <see cref="Refused"/> is set when the file as a whole cannot be used
/// (not a readable form, a cell that cannot be read, or whose form or which month cannot be told or disagrees with
/// what was declared); <see cref="Workbook"/> holds a workbook's read result, which lets the rules run over the cells
/// that were read.
/// </summary>
internal sealed record LoadedReport(string File, MonthlyReport? Report, IReadOnlyList<InputProblem> Problems, IReportLocator? Locator, OrganisationUnit? Unit = null, YearMonth? Period = null, bool Refused = false, ReadResult<MonthlyReport>? Workbook = null)
{
    /// <summary>The file as one of the month's forms: read, or refused with its problems (the month decides what that means for its unit).</summary>
    internal Submission ToSubmission()
        => Report is not null && !Refused ? Submission.Of(Report, File, locator: Locator) : Submission.Refused(Problems, File, Unit, Period, locator: Locator);
}

/// <summary>Reads units' forms from the files named on the command line, by extension.</summary>
internal static class InputReports
{
    // Problems inside a readable form (a bad value) are findings; anything else makes the file unusable.
    private static readonly string[] s_valuePaths = ["$.new", "$.total", "$.cases", "$.filing"];

    /// <summary>Reads a form of the campaign with the read options; a file that cannot be used is an error listing every problem (exit code 2).</summary>
    internal static LoadedReport Load(CliCampaign campaign, string file, ExcelReadOptions options)
    {
        var loaded = Read(campaign, file, options);
        return loaded.Refused ? throw new CliUsageException(Describe(loaded)) : loaded;
    }

    /// <summary>
    /// Reads a form of the campaign with the read options and never refuses by throwing: a file that cannot be used comes back with
    /// <see cref="LoadedReport.Refused"/> set and every problem. Only a missing file or an unknown file type is an error.
    /// </summary>
    internal static LoadedReport Read(CliCampaign campaign, string file, ExcelReadOptions options)
    {
        if (!File.Exists(file))
        {
            throw new CliUsageException($"{file}: 文件不存在，请检查路径。 no such file; check the path.");
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        switch (extension)
        {
            case ".json":
                return ReadJson(campaign.Json, file, options);
            case ".xlsx":
            case ".xls":
            case ".et":
            case ".xlsm":
            case ".xlsb":
                return ReadWorkbook(campaign.ExcelReader, file, options);
            default:
                throw new CliUsageException($"{file}: 未知文件类型 '{extension}'，请给出 .json 或 .xlsx 报表。 unknown file type '{extension}'; give .json or .xlsx forms.");
        }
    }

    /// <summary>Every problem of a file that cannot be used, one per line.</summary>
    internal static string Describe(LoadedReport loaded)
        => $"{loaded.File}: 文件无法使用（{loaded.Problems.Count} 个问题），请修正后再运行 cannot be used ({loaded.Problems.Count} problem(s)); fix the file and run again:"
           + string.Concat(loaded.Problems.Select(p => Environment.NewLine + MonthInputs.ProblemLine(p)));

    private static LoadedReport ReadJson(ReportJsonSerializer json, string file, ExcelReadOptions options)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (IOException e)
        {
            throw new CliUsageException($"{file}: 无法读取 cannot be read ({e.Message}).");
        }

        var result = json.Read(bytes);
        if (!result.Succeeded && result.Problems.Any(p => !IsValueProblem(p)))
        {
            return new LoadedReport(file, null, result.Problems, JsonPathLocator.Instance, result.Unit, result.Period, Refused: true);
        }

        if (result.Value is { } report && Declared(report, options) is { } conflict)
        {
            return new LoadedReport(file, null, [conflict], JsonPathLocator.Instance, report.Unit, report.Period, Refused: true);
        }

        return new LoadedReport(file, result.Value, result.Problems, JsonPathLocator.Instance, result.Unit, result.Period);
    }

    /// <summary>A JSON form's unit or month that differs from what was declared for it.</summary>
    private static InputProblem? Declared(MonthlyReport report, ExcelReadOptions options)
    {
        if (options.Unit is { } unit && unit.Code != report.Unit.Code)
        {
            return new InputProblem(
                ExcelErrorCodes.IdentityConflict,
                "$.unit",
                $"填表单位不一致：文件中是 {report.Unit}，而读取时给出的是 {unit}。",
                $"The reporting unit disagrees: the file says {report.Unit}, but the unit given for the read is {unit}.");
        }

        if (options.Period is { } period && period != report.Period)
        {
            return new InputProblem(
                ExcelErrorCodes.IdentityConflict,
                "$.period",
                $"统计月份不一致：文件中是 {report.Period:uuuu-MM}，而读取时给出的是 {period:uuuu-MM}。",
                $"The month disagrees: the file says {report.Period:uuuu-MM}, but the month given for the read is {period:uuuu-MM}.");
        }

        return null;
    }

    private static LoadedReport ReadWorkbook(ExcelFormReader excel, string file, ExcelReadOptions options)
    {
        var result = excel.ReadFile(file, options);
        return new LoadedReport(file, result.Value, result.Problems, result.Locator, result.Unit, result.Period, result.IsRefused, result);
    }

    private static bool IsValueProblem(InputProblem problem)
        => problem.Location is { } location && s_valuePaths.Any(p => location.StartsWith(p, StringComparison.Ordinal));
}
