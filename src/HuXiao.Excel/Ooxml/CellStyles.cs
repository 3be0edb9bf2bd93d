namespace HuXiao.Excel.Ooxml;

/// <summary>The number format of each cell style (<c>xl/styles.xml</c>: <c>numFmts</c> and <c>cellXfs</c>); nothing else of the styles is read.</summary>
internal sealed class CellStyles
{
    internal static readonly CellStyles None = new([]);

    private readonly NumberFormat[] _formats;

    private CellStyles(NumberFormat[] formats) => _formats = formats;

    /// <summary>The number format of a cell's style index; General for an unknown index.</summary>
    internal NumberFormat FormatOf(int style) => style >= 0 && style < _formats.Length ? _formats[style] : NumberFormat.General;

    internal static CellStyles Read(XmlScanner? xml)
    {
        if (xml is null)
        {
            return None;
        }

        var custom = new Dictionary<int, NumberFormat>();
        var ids = new List<int>();
        var cellXfsDepth = -1;
        while (xml.Read())
        {
            if (!xml.IsStart)
            {
                if (xml.Depth == cellXfsDepth && xml.Is("cellXfs"u8))
                {
                    cellXfsDepth = -1;
                }

                continue;
            }

            if (xml.Is("numFmt"u8) && xml.IntAttribute("numFmtId"u8) is { } id)
            {
                custom[id] = NumberFormat.FromCode(xml.Attribute("formatCode"u8) ?? string.Empty);
            }
            else if (xml.Is("cellXfs"u8))
            {
                cellXfsDepth = xml.IsEmpty ? -1 : xml.Depth;
            }
            else if (cellXfsDepth >= 0 && xml.Depth == cellXfsDepth + 1 && xml.Is("xf"u8))
            {
                ids.Add(xml.IntAttribute("numFmtId"u8) ?? 0);
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
