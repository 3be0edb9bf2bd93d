using HuXiao.Excel;
using HuXiao.Reporting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HuXiao.AspNetCore.Endpoints;

/// <summary>The endpoints' refusals as RFC 9457 problem details, Chinese first, then English, with every problem located.</summary>
internal static class Problems
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>A form that could not be read, or was refused for its cells: 422 (413 when too large), with every problem.</summary>
    internal static IResult Refused(IReadOnlyList<InputProblem> problems, OrganisationUnit? unit, NodaTime.YearMonth? period, bool stored)
    {
        var tooLarge = problems.Any(p => p.Code is ExcelErrorCodes.TooLarge or ErrorCodes.InputTooLarge);
        var status = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;
        var details = new ProblemDetails
        {
            Title = tooLarge ? "文件过大，不予读取。The file is refused as too large." : "报表未能读取，请按提示改正后重新提交。The form could not be read; correct it as each problem says and submit it again.",
            Status = status,
            Detail = $"共 {problems.Count} 处问题：{problems[0].Message} {problems.Count} problem(s); the first: {problems[0].EnglishMessage}",
        };
        details.Extensions["code"] = problems[0].Code;
        details.Extensions["problems"] = problems;
        details.Extensions["unit"] = unit;
        details.Extensions["period"] = period;
        details.Extensions["stored"] = stored;
        return Results.Json(details, HuXiaoJson.Options, ProblemJson, status);
    }

    /// <summary>A request the endpoints cannot serve as asked (a bad month, an unknown unit): 400 or 404.</summary>
    internal static IResult BadRequest(int status, string chinese, string english)
        => Results.Json(
            new ProblemDetails { Title = $"{chinese} {english}", Status = status },
            HuXiaoJson.Options,
            ProblemJson,
            status);

    /// <summary>A form read but not kept, or a review or reopening not recorded, because the ledger refused it: 409, with the ledger's coded problem.</summary>
    internal static IResult NotKept(InputProblem problem, OrganisationUnit? unit, NodaTime.YearMonth? period)
    {
        var details = new ProblemDetails
        {
            Title = "台账未收下：请按提示处理。The ledger did not take it; do as the problem says.",
            Status = StatusCodes.Status409Conflict,
            Detail = $"{problem.Message} {problem.EnglishMessage}",
        };
        details.Extensions["code"] = problem.Code;
        details.Extensions["problems"] = new[] { problem };
        details.Extensions["unit"] = unit;
        details.Extensions["period"] = period;
        details.Extensions["stored"] = false;
        return Results.Json(details, HuXiaoJson.Options, ProblemJson, StatusCodes.Status409Conflict);
    }

    /// <summary>The ledger's store cannot be used (locked, read-only, full, damaged): 503, with its code; nothing was written.</summary>
    internal static IResult StoreFailed(HuXiao.Ledger.LedgerException exception)
    {
        var details = new ProblemDetails
        {
            Title = "台账暂时无法使用，这次什么也没有写入。The ledger cannot be used now; nothing was written this time.",
            Status = StatusCodes.Status503ServiceUnavailable,
            Detail = exception.Message,
        };
        details.Extensions["code"] = exception.Code;
        return Results.Json(details, HuXiaoJson.Options, ProblemJson, StatusCodes.Status503ServiceUnavailable);
    }
}
