using HuXiao.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;

namespace HuXiao.Cli.Commands;

/// <summary><c>convert IN OUT [--unit-code C] [--unit-name N] [--period YYYY-MM] [--units FILE] [--sheet NAME]</c>: a form between xlsx and json, by file extension.</summary>
internal sealed class ConvertCommand : ICommand
{
    public string Name => "convert";

    public string Usage => "convert IN OUT [--unit-code C] [--unit-name N] [--period YYYY-MM] [--units FILE] [--sheet NAME]   a form from .xlsx to .json or back, by extension; the options are validate's";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, FormReadArguments.Names());
        if (a.Positional.Count != 2)
        {
            throw new CliUsageException("convert: 请给出输入和输出文件。 give an input and an output, for example: huxiao convert 410102-2017-05.xlsx 410102-2017-05.json");
        }

        var (input, output) = (a.Positional[0], a.Positional[1]);
        var campaign = CliCampaign.Of(Name, a);
        var loaded = InputReports.Read(campaign, input, FormReadArguments.Parse(Name, a, campaign));
        if (loaded.Report is not { } report)
        {
            foreach (var problem in loaded.Problems)
            {
                context.Error.WriteLine($"{input}: {CliFinding.From(problem)}");
            }

            throw new CliUsageException(loaded.Refused
                ? $"{input}: 文件无法使用（{loaded.Problems.Count} 个问题，见上），请修正后再转换。 cannot be used ({loaded.Problems.Count} problem(s), listed above); fix it and convert again."
                : $"{input}: 有 {loaded.Problems.Count} 个错误数值（见上），请修正后再转换。 has {loaded.Problems.Count} bad value(s), listed above; fix them and convert again.");
        }

        switch (Path.GetExtension(output).ToLowerInvariant())
        {
            case ".json":
                AtomicFile.Write(output, s => campaign.Json.Serialize(report, s), input);
                break;
            case ".xlsx":
                campaign.ExcelWriter.WriteToFile(report, output, input);
                break;
            default:
                throw new CliUsageException($"convert: 输出文件须为 .json 或 .xlsx。 the output must end in .json or .xlsx, not '{Path.GetExtension(output)}'.");
        }

        context.Out.WriteLine($"{input} → {output}: {report}");
        return ExitCodes.Ok;
    }
}
