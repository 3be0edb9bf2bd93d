using System.Globalization;
using System.Xml;

namespace HuXiao.Excel.Ooxml;

/// <summary>The number format of each cell style (<c>xl/styles.xml</c>: <c>numFmts</c> and <c>cellXfs</c>); nothing else of the styles is read.</summary>
internal sealed class CellStyles
{
    internal static readonly CellStyles None = new([]);

    private readonly NumberFormat[] _formats;

    private CellStyles(NumberFormat[] formats) => _formats = formats;

    /// <summary>The number format of a cell's style index; General for an unknown index.</summary>
    internal NumberFormat FormatOf(int style) => style >= 0 && style < _formats.Length ? _formats[style] : NumberFormat.General;

    internal static CellStyles Read(XmlReader? reader)
    {
        if (reader is null)
        {
            return None;
        }

        using (reader)
        {
            var custom = new Dictionary<int, NumberFormat>();
            var ids = new List<int>();
            var inCellXfs = false;
            var cellXfsDepth = -1;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && inCellXfs && reader.Depth == cellXfsDepth)
                {
                    inCellXfs = false;
                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "numFmt":
                        if (int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                        {
                            custom[id] = NumberFormat.FromCode(reader.GetAttribute("formatCode") ?? string.Empty);
                        }

                        break;
                    case "cellXfs":
                        inCellXfs = !reader.IsEmptyElement;
                        cellXfsDepth = reader.Depth;
                        break;
                    case "xf" when inCellXfs && reader.Depth == cellXfsDepth + 1:
                        ids.Add(int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var fmt) ? fmt : 0);
                        break;
                }
            }

            var cache = new Dictionary<int, NumberFormat>();
            var formats = new NumberFormat[ids.Count];
            for (var i = 0; i < ids.Count; i++)
            {
                var id = ids[i];
                if (!cache.TryGetValue(id, out var format))
                {
                    cache[id] = format = custom.TryGetValue(id, out var c) ? c : NumberFormat.BuiltIn(id);
                }

                formats[i] = format;
            }

            return new CellStyles(formats);
        }
    }
}
