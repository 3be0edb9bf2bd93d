namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// A sum went past the range of a 64-bit whole number. Raised instead of returning a wrapped value; names the
/// indicator and row, and the unit whose report took the sum past the range.
/// </summary>
public sealed class ReportOverflowException : ReportingException
{
    internal ReportOverflowException(Indicator indicator, ReportRow row, string context)
        : base(ErrorCodes.ArithmeticOverflow, $"{(row == ReportRow.New ? "新增" : "合计")} of {indicator.Code} {indicator.Label} overflows a 64-bit whole number {context}. Check the input values for a typing error (a figure far too large).")
    {
        IndicatorCode = indicator.Code;
        Row = row;
    }

    /// <summary>The indicator whose sum overflowed.</summary>
    public string IndicatorCode { get; }

    /// <summary>The row whose sum overflowed.</summary>
    public ReportRow Row { get; }
}
