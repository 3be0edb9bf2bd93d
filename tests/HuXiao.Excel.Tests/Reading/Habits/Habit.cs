using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;

namespace HuXiao.Excel.Tests.Reading.Habits;

/// <summary>
/// One way a clerk fills one input cell of <see cref="Samples.Full"/>, with its exact expected outcome: the value
/// read (<see cref="Value"/>), or the refusal (<see cref="Code"/>) at that cell. Every other cell must read as before.
/// </summary>
internal sealed record Habit(string Name, string Cell, Action<FormPackage> Apply, long? Value = null, string? Code = null)
{
    /// <summary>Read right: the cell holds <paramref name="value"/>.</summary>
    public static Habit Reads(string name, string cell, Action<FormPackage> apply, long? value) => new(name, cell, apply, value);

    /// <summary>Refused at the cell with <paramref name="code"/>.</summary>
    public static Habit Refused(string name, string cell, Action<FormPackage> apply, string code) => new(name, cell, apply, null, code);

    public bool IsRefusal => Code is not null;

    public override string ToString() => $"{Name} @ {Cell} → {(Code ?? "reads " + (Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "blank"))}";

    /// <summary>The indicator and row of an input cell of the written form (see <see cref="FormEditing"/>).</summary>
    public static (Indicator Indicator, ReportRow Row) At(string cell)
    {
        var col = cell[0] - 'A' + 1;
        var row = int.Parse(cell[1..], System.Globalization.CultureInfo.InvariantCulture);
        var (table, reportRow) = row switch
        {
            FormEditing.TableANewRow => (0, ReportRow.New),
            FormEditing.TableATotalRow => (0, ReportRow.Total),
            FormEditing.TableBNewRow => (1, ReportRow.New),
            FormEditing.TableBTotalRow => (1, ReportRow.Total),
            FormEditing.TableCNewRow => (2, ReportRow.New),
            FormEditing.TableCTotalRow => (2, ReportRow.Total),
            _ => throw new ArgumentException($"{cell} is not an input cell"),
        };
        return (Samples.Schema.Tables[table].Indicators[col - 2], reportRow);
    }

    /// <summary>The address of an indicator's input cell on the written form.</summary>
    public static string CellOf(Indicator indicator, ReportRow row)
    {
        var table = Samples.Schema.Tables.Select((t, i) => (t, i)).First(x => x.t.Indicators.Contains(indicator));
        var col = (char)('B' + table.t.Indicators.ToList().IndexOf(indicator));
        var rowNumber = (table.i, row) switch
        {
            (0, ReportRow.New) => FormEditing.TableANewRow,
            (0, _) => FormEditing.TableATotalRow,
            (1, ReportRow.New) => FormEditing.TableBNewRow,
            (1, _) => FormEditing.TableBTotalRow,
            (2, ReportRow.New) => FormEditing.TableCNewRow,
            _ => FormEditing.TableCTotalRow,
        };
        return $"{col}{rowNumber}";
    }
}
