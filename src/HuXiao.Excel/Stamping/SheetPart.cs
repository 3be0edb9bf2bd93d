using System.Buffers;
using System.Buffers.Text;
using HuXiao.Excel.Ooxml;

namespace HuXiao.Excel.Stamping;

/// <summary>
/// A worksheet part of the rendered form and where its cells are: the cells holding only a style (the stamp writes
/// text or a number in their place) and the cells holding a shared string (whose index the stamp renumbers, since a
/// new string shifts the strings after it). Immutable.
/// </summary>
internal sealed class SheetPart
{
    private readonly byte[] _textOpen;
    private readonly byte[] _numberOpen;
    private readonly byte[] _close;

    private SheetPart(byte[] xml, Dictionary<CellAddress, EmptyCell> emptyCells, TextCell[] textCells, string prefix)
    {
        Xml = xml;
        EmptyCells = emptyCells;
        TextCells = textCells;
        _textOpen = System.Text.Encoding.UTF8.GetBytes($" t=\"s\"><{prefix}v>");
        _numberOpen = System.Text.Encoding.UTF8.GetBytes($" t=\"n\"><{prefix}v>");
        _close = System.Text.Encoding.UTF8.GetBytes($"</{prefix}v></{prefix}c>");
    }

    /// <summary>The part's bytes as rendered.</summary>
    internal byte[] Xml { get; }

    /// <summary>The cells holding only a style, by address.</summary>
    internal IReadOnlyDictionary<CellAddress, EmptyCell> EmptyCells { get; }

    /// <summary>The cells holding a shared string, in the part's order.</summary>
    internal IReadOnlyList<TextCell> TextCells { get; }

    /// <summary>
    /// Reads a worksheet part as the ClosedXML build writes it; null when a cell is not in the shape the stamp writes
    /// (<c>&lt;c r="A2" s="3" t="s" /&gt;</c> for a cell holding only a style, <c>&lt;v&gt;</c> holding the index of a shared string).
    /// </summary>
    internal static SheetPart? Read(byte[] xml)
    {
        var scanner = XmlScanner.Create(xml, xml.Length);
        var empty = new Dictionary<CellAddress, EmptyCell>();
        var texts = new List<TextCell>();
        string? prefix = null;
        while (scanner.Read())
        {
            if (!scanner.IsStart || !scanner.Is("c"u8))
            {
                continue;
            }

            var start = scanner.TagStart;
            var name = NameOf(xml, start);
            var cellPrefix = name.EndsWith(":c", StringComparison.Ordinal) ? name[..^1] : name == "c" ? string.Empty : null;
            if (cellPrefix is null || (prefix is not null && prefix != cellPrefix) || !CellAddress.TryParse(scanner.RawAttribute("r"u8), out var address))
            {
                return null;
            }

            prefix = cellPrefix;
            var head = System.Text.Encoding.UTF8.GetBytes($"<{name} r=\"{address}\" s=\"{scanner.IntAttribute("s"u8)}\"");
            var isText = scanner.RawAttribute("t"u8).SequenceEqual("s"u8);
            if (scanner.IsEmpty)
            {
                // Only a style: the stamp writes this very element back, or a value in its place.
                var end = scanner.TagEnd;
                if (!isText || !xml.AsSpan(start, end - start).SequenceEqual([.. head, .. " t=\"s\" />"u8]))
                {
                    return null;
                }

                empty[address] = new EmptyCell(start, end, head);
                continue;
            }

            // <c r="A1" s="2" t="s"><v>0</v></c>: the digits of the shared string's index.
            if (!isText || !scanner.Read() || !scanner.IsStart || !scanner.Is("v"u8))
            {
                return null;
            }

            var digitsStart = scanner.TagEnd;
            scanner.Read();
            var digitsEnd = scanner.TagStart;
            if (scanner.IsStart || !Utf8Parser.TryParse(xml.AsSpan(digitsStart, digitsEnd - digitsStart), out int index, out var used) || used != digitsEnd - digitsStart)
            {
                return null;
            }

            texts.Add(new TextCell(digitsStart, digitsEnd, index));
        }

        return new SheetPart(xml, empty, [.. texts], prefix ?? string.Empty);
    }

    /// <summary>Writes a cell holding a shared string in place of an empty cell.</summary>
    internal void WriteText(ArrayBufferWriter<byte> output, EmptyCell cell, int sharedString)
    {
        StampText.Append(output, cell.Head);
        StampText.Append(output, _textOpen);
        StampText.AppendNumber(output, sharedString);
        StampText.Append(output, _close);
    }

    /// <summary>Writes a cell holding a number in place of an empty cell.</summary>
    internal void WriteNumber(ArrayBufferWriter<byte> output, EmptyCell cell, long number)
    {
        StampText.Append(output, cell.Head);
        StampText.Append(output, _numberOpen);
        StampText.AppendNumber(output, number);
        StampText.Append(output, _close);
    }

    private static string NameOf(byte[] xml, int tagStart)
    {
        var name = xml.AsSpan(tagStart + 1);
        var stop = name.IndexOfAny((byte)' ', (byte)'/', (byte)'>');
        return System.Text.Encoding.UTF8.GetString(name[..stop]);
    }

    /// <summary>A cell holding only a style: its element at Start..End, and the element's name, address and style (<c>&lt;x:c r="A2" s="3"</c>).</summary>
    internal readonly record struct EmptyCell(int Start, int End, byte[] Head);

    /// <summary>A cell holding a shared string: the digits of its index at DigitsStart..DigitsEnd.</summary>
    internal readonly record struct TextCell(int DigitsStart, int DigitsEnd, int SharedString);
}
