using System.Text;

namespace HuXiao.Excel.Reading;

/// <summary>Text normalisation for matching labels and parsing numbers typed by people in Excel, WPS or LibreOffice.</summary>
internal static class Text
{
    /// <summary>For label matching: no white space at all, full-width ASCII folded, Chinese brackets and quotes unified.</summary>
    internal static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Most labels are already their key: no copy then.
        var first = 0;
        while (first < text.Length && KeyChar(text[first]) == text[first])
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        foreach (var raw in text.AsSpan(first))
        {
            if (KeyChar(raw) is var c and >= 0)
            {
                sb.Append((char)c);
            }
        }

        return sb.ToString();
    }

    /// <summary>For dates, months and codes: every kind of space removed, full-width characters and the minus sign folded to ASCII.</summary>
    internal static string NumberText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            if (!char.IsWhiteSpace(raw) && raw is not ('\u200B' or '\uFEFF' or '\u00A0'))
            {
                sb.Append(FoldNumber(raw));
            }
        }

        return sb.ToString();
    }

    /// <summary>Full-width characters and the minus sign folded to ASCII, spaces kept (a whole number's grouping is judged on them).</summary>
    internal static string FoldNumber(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(FoldNumber(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The text after a label at the start of a cell (<c>填表人：李某</c>, <c>填表单位 金水区</c>, <c>日期:2017-06-30</c>):
    /// the label is matched as <see cref="Key"/> does, so spaces and full-width forms inside it do not count.
    /// </summary>
    internal static string AfterLabel(string raw, string labelKey)
    {
        var seen = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (Key(raw[i].ToString()).Length == 0)
            {
                continue;
            }

            if (++seen == labelKey.Length)
            {
                return Clean(raw[(i + 1)..]).TrimStart(':', '：').Trim().Trim('\u3000');
            }
        }

        return string.Empty;
    }

    /// <summary>Trims white space of every kind, including the ideographic space.</summary>
    internal static string Clean(string? text) => (text ?? string.Empty).Trim().Trim('\u3000', '\u00A0', '\u200B', '\uFEFF').Trim();

    /// <summary>What <see cref="Key"/> makes of a character: itself, another, or -1 where it leaves it out.</summary>
    private static int KeyChar(char raw)
    {
        if (char.IsWhiteSpace(raw) || raw is '\u200B' or '\uFEFF' or '\u00A0')
        {
            return -1;
        }

        return Fold(raw) switch
        {
            '“' or '”' or '„' or '〝' or '〞' => '"',
            '‘' or '’' => '\'',
            '：' => ':',
            var c => c,
        };
    }

    /// <summary>Folds a full-width ASCII character (U+FF01–U+FF5E) to ASCII.</summary>
    private static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    private static char FoldNumber(char c) => c == '\u2212' ? '-' : Fold(c);

    /// <summary>Quotes a sheet name for a cell reference where Excel would.</summary>
    internal static string SheetRef(string sheet, string cell)
    {
        var plain = sheet.All(ch => char.IsLetterOrDigit(ch) || ch == '_' || ch > 0x2E7F);
        return plain ? $"{sheet}!{cell}" : $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!{cell}";
    }
}
