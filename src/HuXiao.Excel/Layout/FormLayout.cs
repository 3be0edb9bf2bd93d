using HuXiao.Reporting;

namespace HuXiao.Excel.Layout;

/// <summary>
/// How a schema's form is printed: the title row, the 填表单位 and 统计月份 line, the tables stacked from row 4 (two
/// header rows, the units row, 新增 and 合计, then two rows to the next table), the label column, one column per
/// indicator from column B with the group headings over them, and the footer two rows below the last table. Shared by
/// the writer, the stamp (which fills a rendered form) and the reader, so all agree on what the form looks like.
/// </summary>
internal sealed class FormLayout
{
    internal const int LabelColumn = 1;
    internal const int FirstIndicatorColumn = 2;
    internal const string NewRowLabel = "新增";
    internal const string TotalRowLabel = "合计";
    internal const string UnitLinePrefix = "填表单位：";
    internal const string PeriodLinePrefix = "统计月份：";
    internal const string ReviewerLabel = "审核人：";
    internal const string PreparerLabel = "填表人：";
    internal const string PhoneLabel = "联系电话：";
    internal const string BlankDate = "____年__月__日";
    internal const string CaseNote = "打击涉校违法犯罪和防范案事件情况，要报送具体情况。";
    internal const string CaseSheetName = "具体情况";

    /// <summary>The row of the title.</summary>
    internal const int TitleRow = 1;

    /// <summary>The row of the 填表单位 and 统计月份 line.</summary>
    internal const int HeaderLineRow = 2;

    /// <summary>The first row of the first table.</summary>
    private const int FirstTableTop = 4;

    /// <summary>The rows from one table's 合计 row to the next table's first row (or the footer).</summary>
    private const int RowsAfterTable = 2;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReportSchema, FormLayout> s_layouts = [];

    private FormLayout(ReportSchema schema)
    {
        Schema = schema;
        var tables = new List<TableLayout>();
        var top = FirstTableTop;
        foreach (var table in schema.Tables)
        {
            var layout = new TableLayout(schema, table, top);
            tables.Add(layout);
            top = layout.TotalRow + RowsAfterTable;
        }

        Tables = tables;
        Width = Tables.Max(t => t.Table.Indicators.Count);
        FooterRow = top;
        Footer =
        [
            new FooterField(ReviewerLabel, 1, 3, 5),
            new FooterField(PreparerLabel, 6, 8, 10),
            new FooterField(PhoneLabel, 11, 13, 15),
        ];
    }

    internal ReportSchema Schema { get; }

    internal IReadOnlyList<TableLayout> Tables { get; }

    /// <summary>The number of indicator columns of the widest table.</summary>
    internal int Width { get; }

    /// <summary>
    /// The last column of the printed page: the widest table's, or for a narrow form as far as the footer reaches (its
    /// three fields end in column 15 and the date takes the four columns after), so the title, the 填表单位 and 统计月份
    /// line and the footer always have room.
    /// </summary>
    internal int LastColumn => Math.Max(FirstIndicatorColumn + Width - 1, MinimumLastColumn);

    private const int MinimumLastColumn = 19;

    /// <summary>The last column of the merged 填表单位 line (it starts in column A).</summary>
    internal int UnitLineLastColumn => Math.Max(2, LastColumn / 2);

    /// <summary>The first column of the merged 统计月份 line (it ends in the last column).</summary>
    internal int PeriodLineFirstColumn => LastColumn - 4;

    /// <summary>The footer's row: 审核人, 填表人, 联系电话 and the date.</summary>
    internal int FooterRow { get; }

    /// <summary>The footer's three labelled fields, in print order.</summary>
    internal IReadOnlyList<FooterField> Footer { get; }

    /// <summary>The first column of the merged date at the footer's right (it ends in the last column).</summary>
    internal int DateFirstColumn => LastColumn - 3;

    /// <summary>The layout of a schema's form, worked out once per schema (it is immutable).</summary>
    internal static FormLayout For(ReportSchema schema) => s_layouts.GetValue(schema, s => new FormLayout(s));

    internal static bool SpansBothHeaderRows(Indicator indicator)
        => indicator.Group is null && !indicator.LabelInLowerRowOnly;

    /// <summary>One table: its indicators and the runs of columns under one group heading.</summary>
    internal sealed class TableLayout
    {
        internal TableLayout(ReportSchema schema, IndicatorTable table, int top)
        {
            Table = table;
            Top = top;
            var groups = new List<GroupSpan>();
            var indicators = table.Indicators;
            for (var i = 0; i < indicators.Count;)
            {
                var group = indicators[i].Group;
                var j = i + 1;
                while (group is not null && j < indicators.Count && indicators[j].Group == group)
                {
                    j++;
                }

                groups.Add(new GroupSpan(group, i, j - 1));
                i = j;
            }

            Groups = groups;
            Units = indicators.Select(x => x.Unit.Symbol).ToArray();
            LabelKeys = indicators.Select(x => Reading.Text.Key(x.Label)).ToArray();
            SpansBoth = indicators.Select(SpansBothHeaderRows).ToArray();
        }

        internal IndicatorTable Table { get; }

        /// <summary>The first of the two header rows.</summary>
        internal int Top { get; }

        /// <summary>The row of the units, under the headers.</summary>
        internal int UnitsRow => Top + 2;

        /// <summary>The 新增 row.</summary>
        internal int NewRow => Top + 3;

        /// <summary>The 合计 row.</summary>
        internal int TotalRow => Top + 4;

        /// <summary>The row of a report's row of values.</summary>
        internal int RowOf(ReportRow row) => row == ReportRow.New ? NewRow : TotalRow;

        internal IReadOnlyList<GroupSpan> Groups { get; }

        internal IReadOnlyList<string> Units { get; }

        /// <summary>Each indicator's label as the reader matches it (<see cref="Reading.Text.Key"/>).</summary>
        internal IReadOnlyList<string> LabelKeys { get; }

        internal IReadOnlyList<bool> SpansBoth { get; }
    }

    /// <summary>A group heading over the indicators at positions First..Last of its table; Text is null where none is printed.</summary>
    internal sealed record GroupSpan(string? Text, int First, int Last);

    /// <summary>A footer field: its label in columns LabelColumn..ValueFrom-1, the value in ValueFrom..ValueTo.</summary>
    internal sealed record FooterField(string Label, int LabelColumn, int ValueFrom, int ValueTo);
}
