using System.Globalization;
using System.Text;
using System.Xml;

namespace HuXiao.Excel.Ooxml;

/// <summary>
/// Reads a worksheet part (<c>xl/worksheets/sheetN.xml</c>, transitional or strict) in one pass: each cell's
/// stored value, style and formula, and the merged ranges. Rows and cells without an <c>r</c> attribute take the
/// next position, as Excel does.
/// </summary>
internal static class SheetPartReader
{
    internal static StoredSheet Read(string name, XmlReader reader, string[] sharedStrings)
    {
        var cells = new Dictionary<CellAddress, StoredCell>();
        var merged = new List<CellRange>();
        var shared = new Dictionary<int, (CellAddress, string)>();
        var arrays = new List<(CellRange Range, CellAddress Origin)>();
        var text = new StringBuilder();
        var row = 0;
        var col = 0;
        using (reader)
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "row":
                        row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r >= 1 ? r : row + 1;
                        col = 0;
                        break;
                    case "c":
                        {
                            var reference = reader.GetAttribute("r");
                            if (reference is not null && CellAddress.TryParse(reference, out var address))
                            {
                                (row, col) = (address.Row, address.Col);
                            }
                            else
                            {
                                col++;
                                address = new CellAddress(Math.Max(row, 1), col);
                            }

                            var cell = ReadCell(reader, address, sharedStrings, shared, arrays, text);
                            if (address.Row <= StoredSheet.MaxRow && address.Col <= StoredSheet.MaxColumn)
                            {
                                cells[address] = cell;
                            }

                            break;
                        }

                    case "mergeCell":
                        if (CellRange.TryParse(reader.GetAttribute("ref"), out var range))
                        {
                            merged.Add(range);
                        }

                        break;
                }
            }
        }

        // The cells an array formula spills over hold its results: they are formula cells too.
        foreach (var (range, origin) in arrays)
        {
            foreach (var (address, cell) in cells.Where(c => range.Contains(c.Key.Row, c.Key.Col) && c.Key != origin && !c.Value.HasFormula).ToArray())
            {
                cells[address] = cell with { Formula = FormulaKind.Array };
            }
        }

        return new StoredSheet(name, cells, merged, shared);
    }

    private static StoredCell ReadCell(XmlReader reader, CellAddress address, string[] sharedStrings, Dictionary<int, (CellAddress, string)> shared, List<(CellRange, CellAddress)> arrays, StringBuilder text)
    {
        var type = reader.GetAttribute("t");
        var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        string? value = null;
        string? inline = null;
        var formula = FormulaKind.None;
        string? formulaText = null;
        var sharedIndex = -1;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            reader.Read();
            while (reader.Depth > depth)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    if (!reader.Read())
                    {
                        break;
                    }

                    continue;
                }

                switch (reader.LocalName)
                {
                    case "v":
                        value = reader.ReadElementContentAsString();
                        break;
                    case "is":
                        text.Clear();
                        if (!reader.IsEmptyElement)
                        {
                            SharedStrings.ReadItem(reader, text);
                        }

                        inline = EscapedText.Decode(text.ToString());
                        reader.Read();
                        break;
                    case "f":
                        {
                            var kind = reader.GetAttribute("t");
                            var reference = reader.GetAttribute("ref");
                            var si = int.TryParse(reader.GetAttribute("si"), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
                            var body = reader.ReadElementContentAsString();
                            switch (kind)
                            {
                                case "shared":
                                    formula = FormulaKind.Shared;
                                    sharedIndex = si;
                                    if (body.Length > 0 && si >= 0)
                                    {
                                        shared.TryAdd(si, (address, body));
                                        formulaText = body;
                                    }

                                    break;
                                case "array":
                                    formula = FormulaKind.Array;
                                    formulaText = body;
                                    if (CellRange.TryParse(reference, out var range))
                                    {
                                        arrays.Add((range, address));
                                    }

                                    break;
                                case "dataTable":
                                    formula = FormulaKind.DataTable;
                                    formulaText = body;
                                    break;
                                default:
                                    formula = FormulaKind.Normal;
                                    formulaText = body;
                                    break;
                            }

                            break;
                        }

                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        var (kindOf, number, stored) = Value(type, value, inline, sharedStrings, address);
        return new StoredCell(address, kindOf, number, stored, style, formula, formulaText, sharedIndex);
    }

    private static (StoredKind Kind, double Number, string? Text) Value(string? type, string? value, string? inline, string[] sharedStrings, CellAddress address)
    {
        if (type == "inlineStr")
        {
            return inline is null ? (StoredKind.None, 0, null) : (StoredKind.Text, 0, inline);
        }

        if (value is null || value.Length == 0)
        {
            return (StoredKind.None, 0, null);
        }

        switch (type)
        {
            case "s":
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < sharedStrings.Length)
                {
                    return (StoredKind.Text, 0, sharedStrings[index]);
                }

                throw new InvalidDataException($"cell {address} refers to shared string {value}, which the workbook does not have");
            case "str":
                return (StoredKind.Text, 0, EscapedText.Decode(value));
            case "b":
                return value.Trim() switch
                {
                    "1" or "true" => (StoredKind.Boolean, 1, "TRUE"),
                    "0" or "false" => (StoredKind.Boolean, 0, "FALSE"),
                    _ => (StoredKind.Text, 0, value),
                };
            case "e":
                return (StoredKind.Error, 0, value.Trim());
            case "d":
                return (StoredKind.IsoDate, 0, value.Trim());
            default:
                return double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                    ? (StoredKind.Number, number, value.Trim())
                    : (StoredKind.Text, 0, value);
        }
    }
}
