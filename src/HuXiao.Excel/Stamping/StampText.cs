using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace HuXiao.Excel.Stamping;

/// <summary>
/// Text as the ClosedXML build writes it into a part (<c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped; a shared
/// string with white space at either end marked <c>xml:space="preserve"</c>), and which texts the stamp can write so.
/// </summary>
internal static class StampText
{
    /// <summary>The most characters a cell holds.</summary>
    private const int MaxCellText = 32_767;

    /// <summary>
    /// Whether the stamp writes this text exactly as the ClosedXML build does. Not: control characters, line breaks
    /// and tabs (ClosedXML escapes them as <c>_xHHHH_</c>, and wraps a cell holding a line break — a style the stamp
    /// cannot add), surrogates and U+FFFE/U+FFFF (escaped likewise), <c>_x</c> (ClosedXML escapes what could read as
    /// an escape), or text longer than a cell holds.
    /// </summary>
    internal static bool CanWrite(string text)
    {
        if (text.Length > MaxCellText)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < 0x20 || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return !text.Contains("_x", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a shared string is written with <c>xml:space="preserve"</c>: white space at either end.</summary>
    internal static bool Preserves(string text) => text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    /// <summary>Appends text with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped, as UTF-8.</summary>
    internal static void AppendEscaped(ArrayBufferWriter<byte> output, string text)
    {
        var span = text.AsSpan();
        while (span.Length > 0)
        {
            var special = span.IndexOfAny('&', '<', '>');
            var plain = special < 0 ? span : span[..special];
            AppendUtf8(output, plain);
            if (special < 0)
            {
                return;
            }

            Append(output, span[special] switch { '&' => "&amp;"u8, '<' => "&lt;"u8, _ => "&gt;"u8 });
            span = span[(special + 1)..];
        }
    }

    internal static void Append(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    internal static void AppendUtf8(ArrayBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        var written = Encoding.UTF8.GetBytes(text, output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        output.Advance(written);
    }

    internal static void AppendNumber(ArrayBufferWriter<byte> output, long value)
    {
        Utf8Formatter.TryFormat(value, output.GetSpan(20), out var written);
        output.Advance(written);
    }
}
