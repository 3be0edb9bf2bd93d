using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel;

/// <summary>
/// What the caller knows about a workbook being read. Everything is optional. Immutable.
/// </summary>
public sealed record ExcelReadOptions
{
    /// <summary>No sheet named, nothing supplied.</summary>
    public static ExcelReadOptions None { get; } = new();

    /// <summary>The sheet that holds the form, for a workbook that holds more than one form; compared ignoring case and surrounding spaces.</summary>
    public string? SheetName { get; init; }

    /// <summary>The reporting unit, used when the workbook records none (a blank template filled by hand).</summary>
    public OrganisationUnit? Unit { get; init; }

    /// <summary>The period, used when the workbook records none (a blank template filled by hand).</summary>
    public YearMonth? Period { get; init; }
}
