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
}
