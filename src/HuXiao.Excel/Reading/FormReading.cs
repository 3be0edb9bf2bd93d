using System.Globalization;
using ClosedXML.Excel;
using HuXiao.Excel.Internal;
using HuXiao.Excel.Layout;
using HuXiao.Reporting;
using NodaTime;
using NodaTime.Text;

namespace HuXiao.Excel.Reading;

/// <summary>One read of one loaded workbook: which schema and sheet, the values, the footer and the cases.</summary>
internal static class FormReading
{
    private static readonly YearMonthPattern s_period = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");

    internal static ExcelReadResult Read(XLWorkbook workbook, IReadOnlyList<ReportSchema> schemas, ExcelReadOptions options)
    {
        var problems = new List<InputProblem>();
        var properties = ReadProperties(workbook);

        // Which form does the workbook say it holds?
        IReadOnlyList<ReportSchema> candidates = schemas;
        if (properties.TryGetValue(WorkbookProperties.SchemaId, out var schemaId))
        {
            properties.TryGetValue(WorkbookProperties.SchemaVersion, out var versionText);
            var version = int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 1;
            var match = schemas.FirstOrDefault(s => s.Id == schemaId && s.Version == version);
            if (match is null)
            {
                var known = string.Join(", ", schemas.Select(s => s.ToString()));
                return Refuse(Problems.Workbook(
                    ExcelErrorCodes.OtherSchema,
                    null,
                    $"工作簿是另一种报表（{schemaId} 第 {version} 版），本程序只读 {known}。请用本期下发的模板重新填报。",
                    $"The workbook holds another form ({schemaId} v{version}); this reader reads {known}. Fill in the template issued for this period."));
            }

            candidates = [match];
        }

        var grids = workbook.Worksheets.Select(ws => new SheetGrid(ws)).ToArray();
        SheetGrid[] pool = grids;
        if (options.SheetName is { } wanted)
        {
            var named = grids.FirstOrDefault(g => string.Equals(g.Name.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase));
            if (named is null)
            {
                return Refuse(Problems.Workbook(
                    ExcelErrorCodes.SheetNotFound,
                    null,
                    $"工作簿中没有名为“{wanted}”的工作表；现有：{string.Join("、", grids.Select(g => g.Name))}。",
                    $"The workbook has no sheet named \"{wanted}\"; its sheets are: {string.Join(", ", grids.Select(g => g.Name))}."));
            }

            pool = [named];
        }

        var forms = new List<(SheetGrid Grid, ReportSchema Schema, IReadOnlyList<LocatedTable> Tables)>();
        foreach (var grid in pool)
        {
            var best = candidates.Select(s => (Schema: s, Tables: TableFinder.Find(grid, s))).MaxBy(x => x.Tables.Count);
            if (best.Tables.Count > 0)
            {
                forms.Add((grid, best.Schema, best.Tables));
            }
        }

        if (forms.Count == 0)
        {
            var where = options.SheetName is null ? "工作簿中" : $"工作表“{options.SheetName}”中";
            var whereEn = options.SheetName is null ? "The workbook" : $"Sheet \"{options.SheetName}\"";
            return Refuse(Problems.Workbook(
                ExcelErrorCodes.NoForm,
                null,
                $"{where}没有找到《{candidates[0].Title}》：没有与表格单位行（如“(所)(所)(所)(人)…”）和表头相符的表。请用下发的模板填报。",
                $"{whereEn} holds no {candidates[0].Title} form: no table whose units row (\"(所)(所)(所)(人)…\") and headings match the form. Fill in the issued template."));
        }

        if (forms.Count > 1)
        {
            var names = forms.Select(f => f.Grid.Name).ToArray();
            return Refuse(Problems.Workbook(
                ExcelErrorCodes.AmbiguousForm,
                null,
                $"工作簿中有 {names.Length} 份报表（工作表：{string.Join("、", names)}），无法确定读哪一份。请每个文件只放一份，或指定工作表名称。",
                $"The workbook holds {names.Length} forms (sheets: {string.Join(", ", names)}); it is not clear which to read. Keep one form per file, or name the sheet to read."));
        }

        var (form, schema, tables) = forms[0];
        foreach (var table in schema.Tables.Where(t => tables.All(x => x.Table != t)))
        {
            var units = string.Concat(table.Indicators.Select(i => "(" + i.Unit.Symbol + ")"));
            problems.Add(Problems.Workbook(
                ExcelErrorCodes.TableNotFound,
                Text.SheetRef(form.Name, "A1"),
                $"工作表“{form.Name}”中没有找到表 {table.Code}（{table.Title}）：单位行“{units}”不在表上或被改动。请按原表恢复。",
                $"Table {table.Code} ({table.Title}) was not found on sheet \"{form.Name}\": its units row \"{units}\" is missing or changed. Restore the form's layout."));
        }

        // Values, all problems at once.
        var builder = MonthlyReport.CreateBuilder(schema, options.Unit ?? new OrganisationUnit("?", "?"), options.Period ?? new YearMonth(2000, 1));
        var cells = new Dictionary<(string, ReportRow), string>();
        foreach (var table in tables.OrderBy(t => t.UnitsRow))
        {
            problems.AddRange(table.Problems);
            for (var k = 0; k < table.Columns.Count; k++)
            {
                var indicator = table.Table.Indicators[k];
                foreach (var (row, rowNumber) in new[] { (ReportRow.New, table.NewRow), (ReportRow.Total, table.TotalRow) })
                {
                    if (rowNumber == 0)
                    {
                        continue;
                    }

                    var cell = form.Sheet.Cell(rowNumber, table.Columns[k]);
                    cells[(indicator.Code, row)] = TableFinder.CellName(rowNumber, table.Columns[k]);
                    var (value, problem) = CellValueReader.Read(cell, indicator, row);
                    if (problem is not null)
                    {
                        problems.Add(problem);
                    }
                    else
                    {
                        builder.Set(indicator.Ordinal, row, value);
                    }
                }
            }
        }

        var locator = new WorkbookCellLocator(form.Name, cells);

        // The footer and the cases.
        var lastRow = tables.Max(t => t.LastRow);
        var (reviewer, preparer, phone, filedOn) = FooterReader.Read(form, lastRow, problems);
        var cases = CaseSheetReader.Read(grids.Where(g => g != form), schema, problems);
        foreach (var detail in cases)
        {
            builder.AddCase(detail);
        }

        // What the workbook records, or what the caller supplies.
        var unit = ReadUnit(form, properties, options, problems);
        var period = ReadPeriod(properties, options, problems);
        var revision = ReadRevision(properties, problems);

        if (problems.Count > 0 || unit is null || period is null)
        {
            return new ExcelReadResult(null, problems, locator, unit, period);
        }

        builder.WithUnit(unit).WithPeriod(period.Value).WithFiling(new ReportFiling
        {
            Reviewer = reviewer,
            Preparer = preparer,
            Phone = phone,
            FiledOn = filedOn,
            Revision = revision,
        });
        return new ExcelReadResult(builder.Build(), [], locator);
    }

    private static ExcelReadResult Refuse(InputProblem problem) => new(null, [problem], null);

    private static Dictionary<string, string> ReadProperties(XLWorkbook workbook)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in workbook.CustomProperties)
        {
            var text = property.Value is double d ? d.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(property.Value, CultureInfo.InvariantCulture);
            if (property.Name is not null && !string.IsNullOrWhiteSpace(text))
            {
                result[property.Name] = text.Trim();
            }
        }

        return result;
    }

    private static OrganisationUnit? ReadUnit(SheetGrid form, Dictionary<string, string> properties, ExcelReadOptions options, List<InputProblem> problems)
    {
        if (properties.TryGetValue(WorkbookProperties.UnitCode, out var code))
        {
            code = Strip(code, WorkbookProperties.CodePrefix);
            var name = properties.TryGetValue(WorkbookProperties.UnitName, out var n) ? Strip(n, WorkbookProperties.NamePrefix) : string.Empty;
            if (name.Length == 0)
            {
                name = UnitLine(form) ?? code;
            }

            if (code.Length > 0)
            {
                return new OrganisationUnit(code, name);
            }
        }

        if (options.Unit is not null)
        {
            return options.Unit;
        }

        problems.Add(Problems.Workbook(
            ExcelErrorCodes.MissingUnit,
            null,
            "工作簿没有记录填表单位（空白模板）。请提供单位代码和名称后再读取，或使用带单位的模板。",
            "The workbook records no reporting unit (it is a blank template). Supply the unit's code and name when reading it, or issue templates made for the unit."));
        return null;
    }

    private static string Strip(string value, string prefix)
        => (value.StartsWith(prefix, StringComparison.Ordinal) ? value[prefix.Length..] : value).Trim();

    private static string? UnitLine(SheetGrid form)
    {
        var prefix = Text.Key(FormLayout.UnitLinePrefix).TrimEnd(':');
        foreach (var row in form.Rows.Take(10))
        {
            foreach (var (col, key) in form.RowCells(row))
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    var raw = Text.Clean(form.RawAt(row, col));
                    var colon = raw.IndexOfAny([':', '：']);
                    var name = colon >= 0 ? Text.Clean(raw[(colon + 1)..]) : string.Empty;
                    return name.Length > 0 ? name : null;
                }
            }
        }

        return null;
    }

    private static YearMonth? ReadPeriod(Dictionary<string, string> properties, ExcelReadOptions options, List<InputProblem> problems)
    {
        if (properties.TryGetValue(WorkbookProperties.Period, out var text))
        {
            var parsed = s_period.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            problems.Add(Problems.Workbook(
                ExcelErrorCodes.BadMetadata,
                null,
                $"工作簿记录的统计月份“{Problems.Quote(text)}”无法识别，应为 2017-05 这样的月份。",
                $"The period recorded in the workbook, \"{Problems.Quote(text)}\", cannot be read; expected a month such as 2017-05."));
            return null;
        }

        if (options.Period is { } period)
        {
            return period;
        }

        problems.Add(Problems.Workbook(
            ExcelErrorCodes.MissingPeriod,
            null,
            "工作簿没有记录统计月份（空白模板）。请提供月份（如 2017-05）后再读取，或使用带月份的模板。",
            "The workbook records no period (it is a blank template). Supply the month (such as 2017-05) when reading it, or issue templates made for the month."));
        return null;
    }

    private static int ReadRevision(Dictionary<string, string> properties, List<InputProblem> problems)
    {
        if (!properties.TryGetValue(WorkbookProperties.Revision, out var text))
        {
            return 1;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var revision) && revision >= 1)
        {
            return revision;
        }

        problems.Add(Problems.Workbook(
            ExcelErrorCodes.BadMetadata,
            null,
            $"工作簿记录的修订号“{Problems.Quote(text)}”无效，应为不小于 1 的整数。",
            $"The revision recorded in the workbook, \"{Problems.Quote(text)}\", is invalid; expected a whole number of 1 or more."));
        return 1;
    }
}
