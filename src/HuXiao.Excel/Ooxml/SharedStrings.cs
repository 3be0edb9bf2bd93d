using System.Text;
using System.Xml;

namespace HuXiao.Excel.Ooxml;

/// <summary>The workbook's shared strings (<c>xl/sharedStrings.xml</c>): rich-text runs joined, phonetic guides left out.</summary>
internal static class SharedStrings
{
    internal static string[] Read(XmlReader? reader)
    {
        if (reader is null)
        {
            return [];
        }

        using (reader)
        {
            var result = new List<string>();
            var text = new StringBuilder();
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "si")
                {
                    text.Clear();
                    if (!reader.IsEmptyElement)
                    {
                        ReadItem(reader, text);
                    }

                    result.Add(EscapedText.Decode(text.ToString()));
                }
            }

            return [.. result];
        }
    }

    /// <summary>Reads one <c>si</c> (or <c>is</c>) item's text; the reader is on its start tag and ends on its end tag.</summary>
    internal static void ReadItem(XmlReader reader, StringBuilder text)
    {
        var depth = reader.Depth;
        if (!reader.Read())
        {
            return;
        }

        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                text.Append(reader.ReadElementContentAsString());
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "rPh" or "phoneticPr")
            {
                reader.Skip();
            }
            else if (!reader.Read())
            {
                return;
            }
        }
    }
}
