using System.Globalization;
using HuXiao.Excel.Layout;
using HuXiao.Excel.Ooxml;
using HuXiao.Reporting;

namespace HuXiao.Excel.Reading;

/// <summary>
/// One read of one stored workbook: which schema and sheet, whose form and which month, every value, the footer
/// and the cases. Every problem is collected; a form whose cells were refused still yields what was read.
/// </summary>
internal static class FormReading
{
    // A problem with one of these codes refuses the workbook as a whole, whatever else was read of it.
    private static readonly HashSet<string> s_refusals = new(StringComparer.Ordinal)
    {
        ExcelErrorCodes.NoForm, ExcelErrorCodes.AmbiguousForm, ExcelErrorCodes.SheetNotFound, ExcelErrorCodes.OtherSchema,
        ExcelErrorCodes.MissingUnit, ExcelErrorCodes.MissingPeriod, ExcelErrorCodes.BadMetadata, ExcelErrorCodes.TableNotFound,
        ExcelErrorCodes.IdentityConflict, ExcelErrorCodes.UnknownUnit,
    };

    internal static ReadResult<MonthlyReport> Read(StoredWorkbook workbook, IReadOnlyList<ReportSchema> schemas, ExcelReadOptions options)
    {
        var context = new FormReadContext(workbook, options);
        var properties = workbook.Properties;

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

        var grids = workbook.Sheets.Select(s => new SheetGrid(s)).ToArray();
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

        // Every placement of every table, on every sheet in the pool.
        var forms = new List<(SheetGrid Grid, ReportSchema Schema, IReadOnlyList<LocatedTable> Tables)>();
        foreach (var grid in pool)
        {
            var best = candidates.Select(s => (Schema: s, Tables: TableFinder.Find(grid, s))).MaxBy(x => x.Tables.Select(t => t.Table).Distinct().Count());
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

        var places = forms.SelectMany(f => Places(f.Grid, f.Tables)).ToArray();
        if (places.Length > 1)
        {
            var sheets = forms.Select(f => f.Grid.Name).Distinct().ToArray();
            return Refuse(Problems.Workbook(
                ExcelErrorCodes.AmbiguousForm,
                places[0],
                $"工作簿中有 {places.Length} 份报表（{string.Join("、", places)}，以表 A 的单位行为准），无法确定读哪一份。请每个文件只放一份，或指定工作表名称（命令行 --sheet）。",
                $"The workbook holds the form {places.Length} times (at {string.Join(", ", places)}, by table A's units row; sheets: {string.Join(", ", sheets)}); it is not clear which to read. Keep one form per file, or name the sheet to read (--sheet on the command line)."));
        }

        var (form, schema, tables) = forms[0];
        var problems = new List<InputProblem>();
        foreach (var table in schema.Tables.Where(t => tables.All(x => x.Table != t)))
        {
            var units = string.Concat(table.Indicators.Select(i => "(" + i.Unit.Symbol + ")"));
            problems.Add(Problems.Workbook(
                ExcelErrorCodes.TableNotFound,
                Text.SheetRef(form.Name, "A1"),
                $"工作表“{form.Name}”中没有找到表 {table.Code}（{table.Title}）：单位行“{units}”不在表上或被改动。请按原表恢复。",
                $"Table {table.Code} ({table.Title}) was not found on sheet \"{form.Name}\": its units row \"{units}\" is missing or changed. Restore the form's layout."));
        }

        // Each table's 新增 and 合计 rows, between its units row and the next table's heading (or the footer).
        var ordered = tables.OrderBy(t => t.UnitsRow).ToArray();
        var footerRow = FooterStart(form, ordered[^1].UnitsRow);
        for (var i = 0; i < ordered.Length; i++)
        {
            problems.AddRange(ordered[i].Problems);
            var last = i + 1 < ordered.Length ? ordered[i + 1].HeaderTop - 1 : Math.Min(TableFinder.DefaultLastRow(ordered[i]), footerRow - 1);
            ordered[i] = TableFinder.LocateRows(form, ordered[i], last, problems);
        }

        // Whose form, which month: before the values, so dates without a year can take it.
        var header = PrintedHeader.Read(form, ordered[0].HeaderTop - 1);
        var unit = IdentityReader.ReadUnit(context, header, problems);
        var period = IdentityReader.ReadPeriod(context, header, problems);
        context.Period = period;
        var revision = ReadRevision(properties, problems);

        // Values, all problems at once; a refused cell stays blank in what was read.
        var builder = MonthlyReport.CreateBuilder(schema, unit ?? new OrganisationUnit("?", "?"), period ?? new NodaTime.YearMonth(2000, 1));
        var cells = new Dictionary<(string, ReportRow), CellAddress>(schema.Count * 2);
        var refused = new Dictionary<(string, ReportRow), string>();
        foreach (var table in ordered)
        {
            for (var k = 0; k < table.Columns.Count; k++)
            {
                var indicator = table.Table.Indicators[k];
                ReadValue(indicator, ReportRow.New, table.NewRow, table.Columns[k]);
                ReadValue(indicator, ReportRow.Total, table.TotalRow, table.Columns[k]);
            }
        }

        void ReadValue(Indicator indicator, ReportRow row, int rowNumber, int column)
        {
            if (rowNumber == 0)
            {
                return;
            }

            var address = new CellAddress(rowNumber, column);
            cells[(indicator.Code, row)] = address;
            var (value, problem) = CellValueReader.Read(context, form.Sheet, rowNumber, column, indicator, row);
            if (problem is not null)
            {
                problems.Add(problem);
                refused[(indicator.Code, row)] = Text.SheetRef(form.Name, address.ToString());
            }
            else
            {
                builder.Set(indicator.Ordinal, row, value);
            }
        }

        var locator = new WorkbookCellLocator(form.Name, cells);

        // The footer and the cases.
        var (reviewer, preparer, phone, filedOn) = FooterReader.Read(context, form, ordered.Max(t => t.LastRow), problems);
        foreach (var detail in CaseSheetReader.Read(context, grids.Where(g => g != form), schema, problems))
        {
            builder.AddCase(detail);
        }

        if (unit is null || period is null)
        {
            return ReadResult<MonthlyReport>.Failure(problems, unit, period, locator, refused: IsRefusal(problems));
        }

        builder.WithUnit(unit).WithPeriod(period.Value).WithFiling(new ReportFiling
        {
            Reviewer = reviewer,
            Preparer = preparer,
            Phone = phone,
            FiledOn = filedOn,
            Revision = revision,
        });
        var report = builder.Build();
        return problems.Count > 0
            ? ReadResult<MonthlyReport>.Failure(problems, unit, period, locator, report, refused, IsRefusal(problems))
            : ReadResult<MonthlyReport>.Success(report, locator);
    }

    private static ReadResult<MonthlyReport> Refuse(InputProblem problem) => ReadResult<MonthlyReport>.Refused([problem]);

    private static bool IsRefusal(IEnumerable<InputProblem> problems) => problems.Any(p => s_refusals.Contains(p.Code));

    /// <summary>Where each copy of the form is: the first cell of table A's units row (or of the first table found), one per placement.</summary>
    private static IEnumerable<string> Places(SheetGrid grid, IReadOnlyList<LocatedTable> tables)
    {
        var byTable = tables.GroupBy(t => t.Table).ToArray();
        var most = byTable.MaxBy(g => g.Count())!;
        return most.OrderBy(t => t.UnitsRow).ThenBy(t => t.Columns[0]).Select(t => grid.Locate(t.UnitsRow, t.Columns[0]));
    }

    /// <summary>The first row below the last table's units row that holds a footer label (审核人, 填表人, 联系电话), or far below.</summary>
    private static int FooterStart(SheetGrid grid, int lastUnitsRow)
    {
        var labels = new[] { FormLayout.ReviewerLabel, FormLayout.PreparerLabel, FormLayout.PhoneLabel }.Select(l => Text.Key(l).TrimEnd(':')).ToArray();
        foreach (var row in grid.Rows.Where(r => r > lastUnitsRow))
        {
            if (grid.RowCells(row).Any(c => labels.Any(l => c.Key.StartsWith(l, StringComparison.Ordinal))))
            {
                return row;
            }
        }

        return int.MaxValue;
    }

    private static int ReadRevision(IReadOnlyDictionary<string, string> properties, List<InputProblem> problems)
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
