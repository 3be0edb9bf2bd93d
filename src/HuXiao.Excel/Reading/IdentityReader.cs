using System.Globalization;
using HuXiao.Excel.Layout;
using HuXiao.Excel.Ooxml;
using HuXiao.Reporting;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Excel.Reading;

/// <summary>
/// Whose form it is and for which month, from every source there is: the printed header (填表单位, 统计月份), the
/// workbook's custom properties, and what the caller declares. One source is enough; two that disagree refuse
/// the form, naming both values and where they are. A printed unit name becomes a code through the unit list in
/// use (<see cref="ExcelReadOptions.Units"/>), by a unit's name or any of its aliases.
/// </summary>
internal static class IdentityReader
{
    private static readonly YearMonthPattern s_period = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");

    internal static OrganisationUnit? ReadUnit(FormReadContext context, PrintedHeader header, List<InputProblem> problems)
    {
        var properties = context.Workbook.Properties;
        OrganisationUnit? recorded = null;
        if (properties.TryGetValue(WorkbookProperties.UnitCode, out var code) && Strip(code, WorkbookProperties.CodePrefix) is { Length: > 0 } recordedCode)
        {
            var name = properties.TryGetValue(WorkbookProperties.UnitName, out var n) ? Strip(n, WorkbookProperties.NamePrefix) : string.Empty;
            recorded = new OrganisationUnit(recordedCode, name.Length > 0 ? name : header.Unit is { Value.Length: > 0 } line ? line.Value : recordedCode);
        }

        var declared = context.Options.Unit;
        OrganisationUnit? printed = null;
        var unknown = false;
        var printedLine = header.Unit is { Value.Length: > 0 } l ? l : null;
        if (printedLine is not null)
        {
            if (recorded is not null && Names(recorded, printedLine.Value))
            {
                printed = recorded;
            }
            else if (declared is not null && Names(declared, printedLine.Value))
            {
                printed = declared;
            }
            else
            {
                var match = context.Units.FindByName(printedLine.Value);
                if (match.IsUnique)
                {
                    printed = match.Unit;
                }
                else
                {
                    // Refused at the cell; the other sources still say whose form it is, if they agree.
                    problems.Add(UnknownUnit(context, printedLine, match, recorded ?? declared));
                    unknown = true;
                }
            }
        }

        var claims = new List<(OrganisationUnit Unit, string Zh, string En, string? Location)>();
        if (recorded is not null)
        {
            claims.Add((recorded, "工作簿属性（HuXiao.UnitCode）记录的", "the workbook's properties (HuXiao.UnitCode) record", null));
        }

        if (printedLine is not null && printed is not null)
        {
            claims.Add((printed, $"{printedLine.Location} 印的填表单位“{printedLine.Value}”是", $"the 填表单位 printed at {printedLine.Location}, \"{printedLine.Value}\", is", printedLine.Location));
        }

        if (declared is not null)
        {
            claims.Add((declared, "读取时给出的单位是", "the unit given for the read is", null));
        }

        for (var i = 1; i < claims.Count; i++)
        {
            if (claims[i].Unit.Code != claims[0].Unit.Code)
            {
                var (a, b) = (claims[0], claims[i]);
                problems.Add(Problems.Workbook(
                    ExcelErrorCodes.IdentityConflict,
                    b.Location ?? a.Location,
                    $"填表单位不一致：{a.Zh} {a.Unit}，而{b.Zh} {b.Unit}。无法确定这是哪个单位的报表；请核对后改正表头，或用该单位的模板重新填写。",
                    $"The reporting unit disagrees: {a.En} {a.Unit}, but {b.En} {b.Unit}. Whose form this is cannot be told; check and correct the header, or fill in the unit's own template."));
                return null;
            }
        }

        var unit = recorded ?? declared ?? printed;
        if (unit is null && !unknown)
        {
            var (zh, en) = Lost(context, header.Unit, "填表单位", "reporting unit (填表单位)");
            problems.Add(Problems.Workbook(
                ExcelErrorCodes.MissingUnit,
                header.Unit?.LabelLocation,
                $"无法确定填表单位：{zh}。请在“填表单位：”后填写单位名称（如“中原分局”），或读取时给出单位（ExcelReadOptions.Unit；命令行 --unit-code 或 --unit-name）。",
                $"The reporting unit cannot be told: {en}. Write the unit's name after 填表单位： (such as 中原分局), or give the unit when reading (ExcelReadOptions.Unit; on the command line --unit-code or --unit-name)."));
        }

        return unit;
    }

    internal static YearMonth? ReadPeriod(FormReadContext context, PrintedHeader header, List<InputProblem> problems)
    {
        var claims = new List<(YearMonth Period, string Zh, string En, string? Location)>();
        if (context.Workbook.Properties.TryGetValue(WorkbookProperties.Period, out var text))
        {
            var parsed = s_period.Parse(text);
            if (!parsed.Success)
            {
                problems.Add(Problems.Workbook(
                    ExcelErrorCodes.BadMetadata,
                    null,
                    $"工作簿记录的统计月份“{Problems.Quote(text)}”无法识别，应为 2017-05 这样的月份。",
                    $"The period recorded in the workbook, \"{Problems.Quote(text)}\", cannot be read; expected a month such as 2017-05."));
                return null;
            }

            claims.Add((parsed.Value, "工作簿属性（HuXiao.Period）记录的月份是", "the workbook's properties (HuXiao.Period) record", null));
        }

        var printedBad = false;
        if (header.Period is { } line)
        {
            var (outcome, period) = Printed(context, line);
            if (outcome == DateText.Outcome.Bad)
            {
                printedBad = true;
                problems.Add(Problems.Workbook(
                    ExcelErrorCodes.BadDate,
                    line.Location,
                    $"{line.Location}（统计月份）：填的是“{Problems.Quote(line.Value)}”，无法识别，应为“2017年5月”这样的月份。",
                    $"{line.Location} (统计月份, the month reported on): found \"{Problems.Quote(line.Value)}\", which cannot be read; expected a month such as 2017年5月."));
            }
            else if (period is { } p)
            {
                claims.Add((p, $"{line.Location} 印的统计月份是", $"the month printed at {line.Location} (统计月份) is", line.Location));
            }
        }

        if (context.Options.Period is { } declared)
        {
            claims.Add((declared, "读取时给出的月份是", "the month given for the read is", null));
        }

        for (var i = 1; i < claims.Count; i++)
        {
            if (claims[i].Period != claims[0].Period)
            {
                var (a, b) = (claims[0], claims[i]);
                problems.Add(Problems.Workbook(
                    ExcelErrorCodes.IdentityConflict,
                    b.Location ?? a.Location,
                    $"统计月份不一致：{a.Zh} {Month(a.Period)}，而{b.Zh} {Month(b.Period)}。无法确定这是哪个月的报表（如把上月的文件改作本月而没有改全）；请核对后改正。",
                    $"The month disagrees: {a.En} {Month(a.Period)}, but {b.En} {Month(b.Period)}. Which month this form reports on cannot be told (as when last month's file is reused and not fully changed); check and correct it."));
                return null;
            }
        }

        if (claims.Count > 0)
        {
            return claims[0].Period;
        }

        if (!printedBad)
        {
            var (zh, en) = Lost(context, header.Period, "统计月份", "month (统计月份)");
            problems.Add(Problems.Workbook(
                ExcelErrorCodes.MissingPeriod,
                header.Period?.LabelLocation,
                $"无法确定统计月份：{zh}。请在“统计月份：”后填写月份（如“2017年5月”），或读取时给出月份（ExcelReadOptions.Period；命令行 --period）。",
                $"The month reported on cannot be told: {en}. Write the month after 统计月份： (such as 2017年5月), or give it when reading (ExcelReadOptions.Period; on the command line --period)."));
        }

        return null;
    }

    private static (DateText.Outcome, YearMonth?) Printed(FormReadContext context, PrintedHeader.Line line)
    {
        if (line.Cell.Kind == StoredKind.Number && !line.Cell.HasFormula && context.FormatOf(line.Cell).IsDateTime)
        {
            return DateReader.FromSerial(line.Cell.Number, context.Workbook.Date1904) is { } date
                ? (DateText.Outcome.Date, date.ToYearMonth())
                : (DateText.Outcome.Bad, null);
        }

        return PeriodText.Parse(line.Value);
    }

    private static string Month(YearMonth period) => period.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    /// <summary>Whether a printed name is the unit's name or one of its aliases, by the unit list's own comparison.</summary>
    private static bool Names(OrganisationUnit unit, string printed)
        => Text.Key(printed) == Text.Key(unit.Name) || UnitHierarchy.CreateBuilder(unit).Build().FindByName(printed).IsUnique;

    private static InputProblem UnknownUnit(FormReadContext context, PrintedHeader.Line line, UnitNameMatch match, OrganisationUnit? other)
    {
        var list = $"{context.Units.Root.Name}（{context.Units.Root.Code}）的单位表";
        var listEn = $"the unit list of {context.Units.Root}";
        var suggestions = string.Join("、", match.Suggestions);
        var (whatZh, whatEn) = match.IsAmbiguous
            ? ($"同时是{list}中多个单位的名称：{suggestions}", $"names several units of {listEn}: {string.Join(", ", match.Suggestions)}")
            : ($"不在{list}中{(suggestions.Length > 0 ? "；相近的有：" + suggestions : string.Empty)}", $"is not in {listEn}{(suggestions.Length > 0 ? "; close names: " + string.Join(", ", match.Suggestions) : string.Empty)}");
        var (otherZh, otherEn) = other is null ? (string.Empty, string.Empty) : ($"（工作簿或读取时给出的单位是 {other}，无法确认二者相同）", $" (the workbook or the read names {other}; they cannot be confirmed to be the same)");
        return Problems.Workbook(
            ExcelErrorCodes.UnknownUnit,
            line.Location,
            $"{line.Location}（填表单位）：“{Problems.Quote(line.Value)}”{whatZh}{otherZh}。请写单位表中的名称，或读取时给出单位代码和表上印的名称（命令行 --unit-code 与 --unit-name），或在单位表中加上这个名称（--units）。",
            $"{line.Location} (填表单位, the reporting unit): \"{Problems.Quote(line.Value)}\" {whatEn}{otherEn}. Write the name as the unit list has it, or give the unit's code with the name as printed when reading (--unit-code with --unit-name), or add the name to the unit list (--units).");
    }

    private static (string Zh, string En) Lost(FormReadContext context, PrintedHeader.Line? line, string labelZh, string labelEn)
    {
        var written = context.Workbook.Properties.Keys.Any(k => k.StartsWith("HuXiao.", StringComparison.Ordinal));
        var (propsZh, propsEn) = written
            ? ("工作簿是没有写明这一项的空白模板", $"the workbook is a blank template issued without its {labelEn}")
            : ("工作簿的文档属性已丢失（用 WPS、openpyxl 等程序另存，或把工作表复制到新工作簿时会丢掉）", "the workbook's document properties are gone (WPS, openpyxl and copying the sheet into a new workbook drop them)");
        var (printZh, printEn) = line is null
            ? ($"表头也没有“{labelZh}”一行", $"and the header has no {labelZh} line")
            : ($"表头 {line.LabelLocation} 的“{labelZh}：”后也是空的", $"and {labelZh}： at {line.LabelLocation} is left blank");
        return ($"{propsZh}，{printZh}", $"{propsEn}, {printEn}");
    }

    private static string Strip(string value, string prefix)
        => (value.StartsWith(prefix, StringComparison.Ordinal) ? value[prefix.Length..] : value).Trim();
}
