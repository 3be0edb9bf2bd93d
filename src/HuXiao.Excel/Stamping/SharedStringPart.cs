using System.Buffers;
using System.Text;
using HuXiao.Excel.Ooxml;

namespace HuXiao.Excel.Stamping;

/// <summary>
/// The shared strings of the rendered form, item by item (each item's bytes and its text), with the part's head and
/// tail, so that a stamp writes the strings of its own cells in their order of first use, as the ClosedXML build
/// numbers them. Immutable.
/// </summary>
internal sealed class SharedStringPart
{
    private readonly byte[] _headBefore;
    private readonly byte[] _headAfter;
    private readonly byte[] _tail;
    private readonly byte[] _itemOpen;
    private readonly byte[] _itemPreserveOpen;
    private readonly byte[] _itemClose;

    private SharedStringPart(byte[] headBefore, byte[] headAfter, byte[] tail, byte[][] items, string[] texts, string prefix)
    {
        _headBefore = headBefore;
        _headAfter = headAfter;
        _tail = tail;
        Items = items;
        Texts = texts;
        _itemOpen = Encoding.UTF8.GetBytes($"<{prefix}si><{prefix}t>");
        _itemPreserveOpen = Encoding.UTF8.GetBytes($"<{prefix}si><{prefix}t xml:space=\"preserve\">");
        _itemClose = Encoding.UTF8.GetBytes($"</{prefix}t></{prefix}si>");
    }

    /// <summary>Each item's bytes, <c>&lt;si&gt;…&lt;/si&gt;</c>.</summary>
    internal IReadOnlyList<byte[]> Items { get; }

    /// <summary>Each item's text.</summary>
    internal IReadOnlyList<string> Texts { get; }

    /// <summary>
    /// Reads the part as the ClosedXML build writes it (<c>&lt;sst count="N" uniqueCount="N"&gt;</c>, then one
    /// <c>&lt;si&gt;</c> per string); null when it is not in that shape.
    /// </summary>
    internal static SharedStringPart? Read(byte[] xml)
    {
        var scanner = XmlScanner.Create(xml, xml.Length);
        var items = new List<byte[]>();
        var texts = new List<string>();
        var builder = new StringBuilder();
        int headEnd = -1, tailStart = -1;
        string? prefix = null;
        while (scanner.Read())
        {
            if (scanner.Is("sst"u8))
            {
                if (scanner.IsStart)
                {
                    headEnd = scanner.TagEnd;
                    var name = Encoding.UTF8.GetString(xml, scanner.TagStart + 1, xml.AsSpan(scanner.TagStart + 1).IndexOf((byte)' '));
                    prefix = name[..^3];
                }
                else
                {
                    tailStart = scanner.TagStart;
                }
            }
            else if (scanner.IsStart && scanner.Is("si"u8))
            {
                var start = scanner.TagStart;
                texts.Add(SharedStrings.ReadItem(scanner, builder));
                items.Add(xml.AsSpan(start, scanner.TagEnd - start).ToArray());
            }
        }

        if (headEnd < 0 || tailStart < 0 || prefix is null)
        {
            return null;
        }

        var head = xml.AsSpan(0, headEnd);
        var count = head.IndexOf(Count(texts.Count));
        return count < 0 ? null : new SharedStringPart(
            head[..count].ToArray(),
            head[(count + Count(texts.Count).Length)..].ToArray(),
            xml.AsSpan(tailStart).ToArray(),
            [.. items],
            [.. texts],
            prefix);
    }

    /// <summary>Writes the part holding these strings in this order.</summary>
    internal void Write(ArrayBufferWriter<byte> output, IReadOnlyList<Entry> strings)
    {
        StampText.Append(output, _headBefore);
        StampText.Append(output, Count(strings.Count));
        StampText.Append(output, _headAfter);
        foreach (var entry in strings)
        {
            if (entry.Text is not { } text)
            {
                StampText.Append(output, Items[entry.Item]);
            }
            else
            {
                StampText.Append(output, StampText.Preserves(text) ? _itemPreserveOpen : _itemOpen);
                StampText.AppendEscaped(output, text);
                StampText.Append(output, _itemClose);
            }
        }

        StampText.Append(output, _tail);
    }

    /// <summary>The count attributes as ClosedXML writes them: both the number of items.</summary>
    private static byte[] Count(int items) => Encoding.UTF8.GetBytes($"count=\"{items}\" uniqueCount=\"{items}\"");

    /// <summary>A string of the part: one of the rendered form's items, or a new text.</summary>
    internal readonly record struct Entry(int Item, string? Text);
}
