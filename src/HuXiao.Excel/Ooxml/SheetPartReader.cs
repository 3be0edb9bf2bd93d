using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace HuXiao.Excel.Ooxml;

/// <summary>
/// Reads a worksheet part (<c>xl/worksheets/sheetN.xml</c>, transitional or strict) in one pass: each cell's
/// stored value, style and formula, and the merged ranges. Rows and cells without an <c>r</c> attribute take the
/// next position, as Excel does.
/// </summary>
internal static class SheetPartReader
{
    internal static StoredSheet Read(string name, XmlScanner xml, string[] sharedStrings)
    {
        var cells = new Dictionary<CellAddress, StoredCell>();
        var merged = new List<CellRange>();
        var shared = new Dictionary<int, (CellAddress, string)>();
        var arrays = new List<(CellRange Range, CellAddress Origin)>();
        var text = new StringBuilder();
        var row = 0;
        var col = 0;
        while (xml.Read())
        {
            if (!xml.IsStart)
            {
                continue;
            }

            if (xml.Is("c"u8))
            {
                // <c r="B7" s="3"/>: a cell with only a style (the template's empty input cells) holds nothing to read
                // but where it is. Any other cell's attributes are read in one pass (the first of each name counts).
                ReadOnlySpan<byte> reference = [], type = [], style = [];
                bool hasReference = false, hasType = false, hasStyle = false;
                if (xml.IsEmpty)
                {
                    reference = xml.RawAttribute("r"u8);
                }
                else
                {
                    var attributes = xml.Attributes();
                    while (attributes.Next(out var attribute, out var value))
                    {
                        if (attribute.SequenceEqual("r"u8) && !hasReference)
                        {
                            reference = value;
                            hasReference = true;
                        }
                        else if (attribute.SequenceEqual("t"u8) && !hasType)
                        {
                            type = value;
                            hasType = true;
                        }
                        else if (attribute.SequenceEqual("s"u8) && !hasStyle)
                        {
                            style = value;
                            hasStyle = true;
                        }
                    }
                }

                if (CellAddress.TryParse(reference, out var address))
                {
                    (row, col) = (address.Row, address.Col);
                }
                else
                {
                    col++;
                    address = new CellAddress(Math.Max(row, 1), col);
                }

                if (xml.IsEmpty)
                {
                    continue;
                }

                var styleIndex = Utf8Parser.TryParse(style, out int s, out var used) && used == style.Length && s >= 0 ? s : 0;
                var cell = ReadCell(xml, address, Type(type), styleIndex, sharedStrings, shared, arrays, text);
                if ((cell.HasValue || cell.HasFormula) && address.Row <= StoredSheet.MaxRow && address.Col <= StoredSheet.MaxColumn)
                {
                    cells[address] = cell;
                }
            }
            else if (xml.Is("row"u8))
            {
                row = xml.IntAttribute("r"u8) is { } r and >= 1 ? r : row + 1;
                col = 0;
            }
            else if (xml.Is("mergeCell"u8) && CellRange.TryParse(xml.Attribute("ref"u8), out var range))
            {
                merged.Add(range);
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

    private static StoredCell ReadCell(XmlScanner xml, CellAddress address, string? type, int style, string[] sharedStrings, Dictionary<int, (CellAddress, string)> shared, List<(CellRange, CellAddress)> arrays, StringBuilder text)
    {
        string? value = null;
        string? inline = null;
        var formula = FormulaKind.None;
        string? formulaText = null;
        var sharedIndex = -1;
        var depth = xml.Depth;
        while (xml.Read() && !(!xml.IsStart && xml.Depth == depth))
        {
            if (!xml.IsStart)
            {
                continue;
            }

            if (xml.Is("v"u8))
            {
                value = xml.ReadText();
            }
            else if (xml.Is("is"u8))
            {
                inline = SharedStrings.ReadItem(xml, text);
            }
            else if (xml.Is("f"u8))
            {
                var kind = xml.Attribute("t"u8);
                var reference = xml.Attribute("ref"u8);
                var si = xml.IntAttribute("si"u8) ?? -1;
                var body = xml.ReadText();
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
            }
            else
            {
                xml.Skip();
            }
        }

        var (kindOf, number, stored) = Value(type, value, inline, sharedStrings, address);
        return new StoredCell(address, kindOf, number, stored, style, formula, formulaText, sharedIndex);
    }

    /// <summary>The cell type attribute without a string per cell: the few values it takes.</summary>
    private static string? Type(ReadOnlySpan<byte> raw) => raw switch
    {
        [] => null,
        [(byte)'n'] => "n",
        [(byte)'s'] => "s",
        [(byte)'b'] => "b",
        [(byte)'e'] => "e",
        [(byte)'d'] => "d",
        _ when raw.SequenceEqual("str"u8) => "str",
        _ when raw.SequenceEqual("inlineStr"u8) => "inlineStr",
        _ => System.Text.Encoding.UTF8.GetString(raw),
    };

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
