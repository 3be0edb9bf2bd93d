using System.Globalization;
using System.Xml;

namespace HuXiao.Excel.Ooxml;

/// <summary>The workbook's custom document properties (<c>docProps/custom.xml</c>), each value as text.</summary>
internal static class CustomProperties
{
    internal static Dictionary<string, string> Read(XmlReader? reader)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader is null)
        {
            return result;
        }

        using (reader)
        {
            string? name = null;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "property")
                {
                    name = reader.GetAttribute("name");
                    continue;
                }

                if (name is null || reader.IsEmptyElement)
                {
                    continue;
                }

                // The value element: vt:lpwstr, vt:lpstr, vt:bstr, vt:i4, vt:r8, vt:bool, vt:filetime... A vector,
                // an array or a blob holds nothing HuXiao writes.
                var kind = reader.LocalName;
                if (kind is "vector" or "array" or "blob" or "oblob" or "stream" or "ostream" or "storage" or "ostorage" or "vstream" or "cf")
                {
                    reader.Skip();
                    name = null;
                    continue;
                }

                var text = reader.ReadElementContentAsString().Trim();
                if (kind is "r4" or "r8" or "decimal" && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
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
}
