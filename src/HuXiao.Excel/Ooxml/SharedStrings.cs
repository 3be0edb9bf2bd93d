using System.Text;

namespace HuXiao.Excel.Ooxml;

/// <summary>The workbook's shared strings (<c>xl/sharedStrings.xml</c>): rich-text runs joined, phonetic guides left out.</summary>
internal static class SharedStrings
{
    internal static string[] Read(XmlScanner? xml)
    {
        if (xml is null)
        {
            return [];
        }

        var result = new List<string>();
        var text = new StringBuilder();
        while (xml.Read())
        {
            if (xml.IsStart && xml.Is("si"u8))
            {
                result.Add(ReadItem(xml, text));
            }
        }

        return [.. result];
    }

    /// <summary>Reads one <c>si</c> (or <c>is</c>) item's text; the scanner is on its start tag and ends on its end tag.</summary>
    internal static string ReadItem(XmlScanner xml, StringBuilder text)
    {
        text.Clear();
        if (xml.IsEmpty)
        {
            xml.Read();
            return string.Empty;
        }

        var depth = xml.Depth;
        while (xml.Read() && !(!xml.IsStart && xml.Depth == depth))
        {
            if (!xml.IsStart)
            {
                continue;
            }

            if (xml.Is("t"u8))
            {
                text.Append(xml.ReadText());
            }
            else if (xml.Is("rPh"u8) || xml.Is("phoneticPr"u8))
            {
                xml.Skip();
            }
        }

        return EscapedText.Decode(text.ToString());
    }
}
