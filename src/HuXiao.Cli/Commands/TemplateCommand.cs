using HuXiao.Excel;
using HuXiao.Reporting;

namespace HuXiao.Cli.Commands;

/// <summary>
/// <c>template -o FILE.xlsx [--unit-code C --unit-name N --period YYYY-MM]</c>: the blank form the city sends out; with
/// <c>--units FILE --period YYYY-MM -o DIR</c>, one for every unit of a unit list (<see cref="UnitTemplates"/>).
/// </summary>
internal sealed class TemplateCommand : ICommand
{
    public string Name => "template";

    public string Usage => "template -o FILE.xlsx [--unit-code C --unit-name N --period YYYY-MM]   the blank form (input cells unlocked, validated); "
        + "template --units FILE --period YYYY-MM -o DIR   one for every unit below the unit list's root, each named CODE-NAME-YYYY-MM.xlsx";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--out", "--unit-code", "--unit-name", "--period", FormReadArguments.Units]);
        if (a.Option(FormReadArguments.Units) is not null)
        {
            return UnitTemplates.Run(Name, a, context);
        }

        var output = a.RequiredOption(Name, "--out", "template.xlsx");
        if (!output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"template: 输出文件须为 .xlsx。 the output must be an .xlsx file, not '{output}'.");
        }

        var code = a.Option("--unit-code");
        var name = a.Option("--unit-name");
        if ((code is null) != (name is null))
        {
            throw new CliUsageException("template: --unit-code 与 --unit-name 须同时给出或都不给。 give --unit-code and --unit-name together, or neither.");
        }

        var unit = code is null ? null : new OrganisationUnit(code, name!);
        var period = a.Option("--period") is { } p ? AggregateCommand.ParsePeriod(Name, p) : (NodaTime.YearMonth?)null;
        CliCampaign.Of(Name, a).ExcelWriter.WriteTemplateToFile(output, unit, period);
        context.Out.WriteLine($"blank form written to {output}{(unit is null ? string.Empty : $" for {unit}")}{(period is null ? string.Empty : $", {period:uuuu-MM}")}");
        return ExitCodes.Ok;
    }
}
