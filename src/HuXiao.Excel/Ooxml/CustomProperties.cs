using System.Globalization;

namespace HuXiao.Excel.Ooxml;

/// <summary>The workbook's custom document properties (<c>docProps/custom.xml</c>), each value as text.</summary>
internal static class CustomProperties
{
    private static readonly HashSet<string> s_numbers = new(StringComparer.Ordinal) { "r4", "r8", "decimal" };

    internal static Dictionary<string, string> Read(XmlScanner? xml)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (xml is null)
        {
            return result;
        }

        string? name = null;
        var propertyDepth = -1;
        while (xml.Read())
        {
            if (!xml.IsStart)
            {
                continue;
            }

            if (xml.Is("property"u8))
            {
                name = xml.Attribute("name"u8);
                propertyDepth = xml.Depth;
                continue;
            }

            if (name is null || xml.Depth != propertyDepth + 1)
            {
                continue;
            }

            // The value element: vt:lpwstr, vt:lpstr, vt:bstr, vt:i4, vt:r8, vt:bool, vt:filetime... A vector, an array
            // or a blob holds nothing HuXiao writes; their text is not a value.
            var kind = System.Text.Encoding.ASCII.GetString(xml.LocalName);
            if (kind is "vector" or "array" or "blob" or "oblob" or "stream" or "ostream" or "storage" or "ostorage" or "vstream" or "cf")
            {
                xml.Skip();
                name = null;
                continue;
            }

            var text = xml.ReadText().Trim();
            if (s_numbers.Contains(kind) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                text = number.ToString("R", CultureInfo.InvariantCulture);
            }

            if (text.Length > 0)
            {
                result[name] = text;
            }

            name = null;
        }

        return result;
    }
}
