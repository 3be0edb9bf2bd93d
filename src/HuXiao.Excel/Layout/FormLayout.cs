using HuXiao.Reporting;

namespace HuXiao.Excel.Layout;

/// <summary>
/// How a schema's tables are printed: the label column, one column per indicator from column B, and the group
/// headings over them. Shared by the writer and the reader, so both agree on what the form looks like.
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

    // In the 2017 source, A19 sits in the sub-header row with no group printed above it, while A18's heading
    // spans both header rows.
    private static readonly HashSet<string> s_subHeaderOnly = new(StringComparer.Ordinal) { "zhengzhou-2017:A19" };

    private FormLayout(ReportSchema schema)
    {
        Schema = schema;
        Tables = schema.Tables.Select(t => new TableLayout(schema, t)).ToArray();
        Width = Tables.Max(t => t.Table.Indicators.Count);
    }

    internal ReportSchema Schema { get; }

    internal IReadOnlyList<TableLayout> Tables { get; }

    /// <summary>The number of indicator columns of the widest table.</summary>
    internal int Width { get; }

    internal int LastColumn => FirstIndicatorColumn + Width - 1;

    internal static FormLayout For(ReportSchema schema) => new(schema);

    internal static bool SpansBothHeaderRows(ReportSchema schema, Indicator indicator)
        => indicator.Group is null && !s_subHeaderOnly.Contains(schema.Id + ":" + indicator.Code);

    /// <summary>One table: its indicators and the runs of columns under one group heading.</summary>
    internal sealed class TableLayout
    {
        internal TableLayout(ReportSchema schema, IndicatorTable table)
        {
            Table = table;
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
            SpansBoth = indicators.Select(x => SpansBothHeaderRows(schema, x)).ToArray();
        }

        internal IndicatorTable Table { get; }

        internal IReadOnlyList<GroupSpan> Groups { get; }

        internal IReadOnlyList<string> Units { get; }

        internal IReadOnlyList<bool> SpansBoth { get; }
    }

    /// <summary>A group heading over the indicators at positions First..Last of its table; Text is null where none is printed.</summary>
    internal sealed record GroupSpan(string? Text, int First, int Last);
}
