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

        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            if (char.IsWhiteSpace(raw) || raw is '\u200B' or '\uFEFF' or '\u00A0')
            {
                continue;
            }

            var c = Fold(raw);
            c = c switch
            {
                '“' or '”' or '„' or '〝' or '〞' => '"',
                '‘' or '’' => '\'',
                '：' => ':',
                _ => c,
            };
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>For number parsing: trimmed of every kind of space, full-width digits and signs folded to ASCII.</summary>
    internal static string NumberText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            if (char.IsWhiteSpace(raw) || raw is '\u200B' or '\uFEFF' or '\u00A0')
            {
                continue;
            }

            var c = Fold(raw);
            if (c == '\u2212')
            {
                c = '-';
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Trims white space of every kind, including the ideographic space.</summary>
    internal static string Clean(string? text) => (text ?? string.Empty).Trim().Trim('\u3000', '\u00A0', '\u200B', '\uFEFF').Trim();

    /// <summary>Folds a full-width ASCII character (U+FF01–U+FF5E) to ASCII.</summary>
    private static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    /// <summary>Quotes a sheet name for a cell reference where Excel would.</summary>
    internal static string SheetRef(string sheet, string cell)
    {
        var plain = sheet.All(ch => char.IsLetterOrDigit(ch) || ch == '_' || ch > 0x2E7F);
        return plain ? $"{sheet}!{cell}" : $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!{cell}";
    }
}
