using System.Globalization;
using System.Text;

namespace HuXiao.Excel.Ooxml;

/// <summary>
/// Undoes the escapes SpreadsheetML uses for characters XML cannot hold: <c>_x000D_</c> is a carriage return,
/// <c>_x005F_</c> a literal underscore.
/// </summary>
internal static class EscapedText
{
    internal static string Decode(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (at >= 0)
        {
            if (at + 7 <= text.Length && text[at + 6] == '_'
                && ushort.TryParse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                sb.Append(text, i, at - i).Append((char)code);
                i = at + 7;
                at = text.IndexOf("_x", i, StringComparison.Ordinal);
            }
            else
            {
                at = text.IndexOf("_x", at + 1, StringComparison.Ordinal);
            }
        }

        return sb.Append(text, i, text.Length - i).ToString();
    }
}
