using System.Text.Json;
using HuXiao.Months;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Cli.Commands;

/// <summary>
/// <c>aggregate FILE... --unit-code C --unit-name N --period YYYY-MM [--expect C1,C2,... | --units FILE] [--as-of YYYY-MM-DD] [--strict] [--format text|json] -o OUT.xlsx|OUT.json</c>:
/// the month's roll-up, with every unit's status.
/// </summary>
internal sealed class AggregateCommand : ICommand
{
    public string Name => "aggregate";

    public string Usage => "aggregate FILE... --unit-code C --unit-name N --period YYYY-MM [--expect C1,C2,... | --units FILE] [--sheet NAME] [--as-of YYYY-MM-DD] [--strict] [--format text|json] -o OUT.xlsx|OUT.json   the roll-up and every unit's status (filed, late, filed-with-errors, refused, missing, unexpected); every form must be for --period; --units is a unit list (JSON), which also turns printed unit names into codes, the built-in Zhengzhou list for 410100 when neither --expect nor --units is given; --sheet as for validate; --format json prints the statuses";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--unit-code", "--unit-name", "--period", "--expect", "--as-of", "--format", "--out", .. FormReadArguments.Names(declaresUnit: false)], flags: ["--strict"]);
        var format = a.Format(Name);
        if (a.Positional.Count == 0)
        {
            throw new CliUsageException("aggregate: name the units' forms to combine, for example: huxiao aggregate forms/*.json --unit-code 410100 --unit-name 郑州市 --period 2017-05 -o city.json");
        }

        var period = ParsePeriod(Name, a.RequiredOption(Name, "--period", "2017-05"));
        var output = format == OutputFormat.Json ? a.Option("--out") : a.RequiredOption(Name, "--out", "city-2017-05.json");
        if (output is not null && Path.GetExtension(output).ToLowerInvariant() is not (".json" or ".xlsx"))
        {
            throw new CliUsageException($"aggregate: 输出文件须为 .json 或 .xlsx。 the output must end in .json or .xlsx, not '{Path.GetExtension(output)}'.");
        }

        var campaign = CliCampaign.Of(Name, a);
        var asOf = a.Option("--as-of") is { } text ? Dates.Parse(Name, "--as-of", text) : context.Clock.GetCurrentInstant().InZone(campaign.Campaign.TimeZone).Date;
        var read = FormReadArguments.Parse(Name, a, campaign, declaresUnit: false, declaresPeriod: false);
        var loaded = MonthInputs.ReadForMonth(Name, campaign, a.Positional, read, period);
        var units = MonthInputs.Resolve(Name, a, read, campaign, parentDefaultsToRoot: false, loaded);
        var month = MonthInputs.Build(campaign, units, period, asOf, loaded);
        MonthInputs.Describe(month, context.Error);

        var withErrors = month.Units.Count(u => u.Errors > 0) + month.Unattributed.Count;
        if (a.Flag("--strict") && withErrors > 0)
        {
            context.Error.WriteLine($"aggregate: --strict refuses inputs with errors ({withErrors} file(s)); nothing written.");
            return ExitCodes.Findings;
        }

        var inputs = a.Positional;
        switch (output is null ? null : Path.GetExtension(output).ToLowerInvariant())
        {
            case ".json":
                AtomicFile.Write(output!, s => campaign.Json.Serialize(month.RollUp.Report, s), inputs);
                break;
            case ".xlsx":
                var unattributed = month.Unattributed.Select(s => s.Problems[0].ToFinding(period: month.Period) with
                {
                    Location = s.Source,
                    Message = new BilingualText($"无法确定报送单位：{s.Problems[0].Message}", $"The unit that filed it cannot be told: {s.Problems[0].EnglishMessage}"),
                });
                new HuXiao.Excel.RollUpWorkbookWriter().WriteToFile(month.RollUp, output!, inputs, month.Units, unattributed);
                break;
        }

        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(JsonOutput.Write(w => WriteJson(w, month)));
        }
        else
        {
            context.Out.WriteLine($"{month.Parent.Code} {month.Parent.Name} {period:uuuu-MM}: {month.Tally.Combined} unit(s) combined, {month.Coverage.Missing.Count} missing; {month.Tally}{(output is null ? string.Empty : $" → {output}")}");
        }

        return ExitCodes.Ok;
    }

    internal static YearMonth ParsePeriod(string verb, string text)
    {
        var parsed = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM").Parse(text);
        return parsed.Success ? parsed.Value : throw new CliUsageException($"{verb}: --period '{text}' 不是月份，请写作 YYYY-MM。 --period '{text}' is not a month; write it as YYYY-MM, for example 2017-05.");
    }

    /// <summary>
    /// The contract: <c>{"unit":{"code","name"},"period","units":[{"code","name","status","file","daysLate","errors",…}],"combined":[…],"missing":[…],…}</c>;
    /// <c>missing</c> lists the expected units whose figures are not in the total (missing or refused), so that
    /// <c>combined</c> and <c>missing</c> together are the expected units.
    /// </summary>
    private static void WriteJson(Utf8JsonWriter w, MonthlyCycle month)
    {
        w.WriteStartObject();
        w.WriteStartObject("unit");
        w.WriteString("code", month.Parent.Code);
        w.WriteString("name", month.Parent.Name);
        w.WriteEndObject();
        w.WriteString("period", $"{month.Period:uuuu-MM}");
        w.WriteStartArray("units");
        foreach (var unit in month.Units)
        {
            w.WriteStartObject();
            w.WriteString("code", unit.Unit.Code);
            w.WriteString("name", unit.Unit.Name);
            w.WriteString("status", unit.Status.ToWireName());
            w.StringOrNull("file", unit.Submission?.Source);
            if (unit.DaysLate is { } days)
            {
                w.WriteNumber("daysLate", days);
            }
            else
            {
                w.WriteNull("daysLate");
            }

            w.WriteNumber("errors", unit.Errors);
            w.WriteNumber("warnings", unit.Warnings);
            w.StringOrNull("dateBasis", unit.DateBasis switch { FilingDateBasis.Received => "received", FilingDateBasis.FormDate => "form-date", _ => null });
            w.WriteBoolean("notYetDue", unit.IsNotYetDue);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.StringArray("combined", month.Units.Where(u => u.IsCombined).Select(u => u.Unit.Code));
        w.StringArray("missing", month.Coverage.Missing);
        w.StringOrNull("asOf", Dates.Format(month.AsOf));
        w.StringOrNull("due", month.Due is { } due ? Dates.Format(due.DueDate) : null);
        w.WriteStartArray("unattributed");
        foreach (var unread in month.Unattributed)
        {
            w.WriteStartObject();
            w.WriteString("file", unread.Source);
            w.WriteNumber("errors", unread.Problems.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
