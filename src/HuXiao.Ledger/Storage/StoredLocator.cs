using System.Collections.Frozen;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;

namespace HuXiao.Ledger;

/// <summary>Where each cell of a filed form was, as the ledger kept it from the reader's locator, so findings still point at cells.</summary>
internal sealed class StoredLocator : IReportLocator
{
    private readonly FrozenDictionary<string, string> _cells;

    private StoredLocator(IReadOnlyDictionary<string, string> cells) => _cells = cells.ToFrozenDictionary(StringComparer.Ordinal);

    internal IReadOnlyDictionary<string, string> Cells => _cells;

    public string? Locate(string indicatorCode, ReportRow row)
        => indicatorCode is not null && _cells.TryGetValue(Key(indicatorCode, row), out var location) ? location : null;

    internal static string Key(string indicatorCode, ReportRow row) => $"{indicatorCode}/{(row == ReportRow.New ? "new" : "total")}";

    /// <summary>The locator's answer for every cell of the given indicators; <see langword="null"/> when it has none.</summary>
    internal static Dictionary<string, string>? Capture(IReportLocator? locator, IEnumerable<string> indicatorCodes)
    {
        if (locator is null)
        {
            return null;
        }

        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in indicatorCodes)
        {
            foreach (var row in (ReadOnlySpan<ReportRow>)[ReportRow.New, ReportRow.Total])
            {
                if (locator.Locate(code, row) is { } location)
                {
                    cells[Key(code, row)] = location;
                }
            }
        }

        return cells.Count == 0 ? null : cells;
    }

    internal static StoredLocator? From(IReadOnlyDictionary<string, string>? cells) => cells is null || cells.Count == 0 ? null : new(cells);
}
