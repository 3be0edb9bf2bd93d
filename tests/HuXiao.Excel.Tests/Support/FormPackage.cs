using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace HuXiao.Excel.Tests.Support;

/// <summary>
/// A written form opened at the level of its XML parts, to make the files ClosedXML cannot: an empty cached
/// result (<c>&lt;v&gt;&lt;/v&gt;</c>), a stale one, a workbook set to recalculate on open, number formats by id,
/// error values, inline strings, rich text, dropped document properties, strict OOXML. Edits are kept as text and
/// written back by <see cref="ToBytes"/>.
/// </summary>
internal sealed partial class FormPackage
{
    internal const string FormPart = "xl/worksheets/sheet1.xml";
    internal const string CasePart = "xl/worksheets/sheet2.xml";
    private const string StylesPart = "xl/styles.xml";
    private const string WorkbookPart = "xl/workbook.xml";

    private readonly byte[] _original;
    private readonly Dictionary<string, string?> _parts = new(StringComparer.Ordinal);
    private int _nextFormat = 300;

    internal FormPackage(byte[] xlsx) => _original = xlsx;

    /// <summary>A part's text (as edited so far).</summary>
    internal string this[string part]
    {
        get
        {
            if (_parts.TryGetValue(part, out var text))
            {
                return text ?? throw new InvalidOperationException($"{part} was removed");
            }

            using var zip = new ZipArchive(new MemoryStream(_original), ZipArchiveMode.Read);
            using var reader = new StreamReader(zip.GetEntry(part)!.Open(), Encoding.UTF8);
            return _parts[part] = reader.ReadToEnd();
        }

        set => _parts[part] = value;
    }

    /// <summary>Replaces a cell of the form sheet (or another sheet part) with the given attributes and content.</summary>
    /// <param name="address">The cell, such as C7.</param>
    /// <param name="attributes">The attributes after <c>r</c>, such as <c>t="s"</c> (a style is kept unless given).</param>
    /// <param name="inner">The content, without the sheet's namespace prefix: <c>&lt;v&gt;12&lt;/v&gt;</c>.</param>
    /// <param name="part">The sheet part; default the form sheet.</param>
    internal FormPackage SetCell(string address, string attributes, string inner, string part = FormPart)
    {
        var sheet = this[part];
        var prefix = sheet.Contains("<x:worksheet", StringComparison.Ordinal) ? "x:" : string.Empty;
        inner = Prefix(inner, prefix);
        var pattern = new Regex($"<{Regex.Escape(prefix)}c r=\"{address}\"(?<attrs>[^>]*?)(/>|>.*?</{Regex.Escape(prefix)}c>)", RegexOptions.Singleline);
        var match = pattern.Match(sheet);
        if (!attributes.Contains("s=\"", StringComparison.Ordinal) && match.Success)
        {
            var style = Regex.Match(match.Groups["attrs"].Value, "s=\"[0-9]+\"");
            if (style.Success)
            {
                attributes = style.Value + " " + attributes;
            }
        }

        var element = $"<{prefix}c r=\"{address}\" {attributes}>{inner}</{prefix}c>";
        if (match.Success)
        {
            this[part] = sheet[..match.Index] + element + sheet[(match.Index + match.Length)..];
            return this;
        }

        // A cell the sheet does not store yet: into its row (created if need be), in column order.
        var row = int.Parse(Regex.Match(address, "[0-9]+").Value, System.Globalization.CultureInfo.InvariantCulture);
        var rowPattern = new Regex($"<{Regex.Escape(prefix)}row r=\"{row}\"[^>]*?(/>|>(?<cells>.*?)</{Regex.Escape(prefix)}row>)", RegexOptions.Singleline);
        var rowMatch = rowPattern.Match(sheet);
        if (rowMatch.Success)
        {
            var cells = rowMatch.Groups["cells"];
            var col = ColumnOf(address);
            var insertAt = cells.Success ? cells.Index + cells.Length : rowMatch.Index + rowMatch.Length;
            foreach (Match existing in Regex.Matches(cells.Value, $"<{Regex.Escape(prefix)}c r=\"(?<a>[A-Z]+)[0-9]+\""))
            {
                if (ColumnOf(existing.Groups["a"].Value) > col)
                {
                    insertAt = cells.Index + existing.Index;
                    break;
                }
            }

            if (!cells.Success)
            {
                var open = sheet.Substring(rowMatch.Index, rowMatch.Length).Replace("/>", ">", StringComparison.Ordinal);
                this[part] = sheet[..rowMatch.Index] + open + element + $"</{prefix}row>" + sheet[(rowMatch.Index + rowMatch.Length)..];
                return this;
            }

            this[part] = sheet[..insertAt] + element + sheet[insertAt..];
            return this;
        }

        var rows = Regex.Matches(sheet, $"<{Regex.Escape(prefix)}row r=\"(?<r>[0-9]+)\"");
        var before = rows.FirstOrDefault(m => int.Parse(m.Groups["r"].Value, System.Globalization.CultureInfo.InvariantCulture) > row);
        var at = before?.Index ?? sheet.IndexOf($"</{prefix}sheetData>", StringComparison.Ordinal);
        this[part] = sheet[..at] + $"<{prefix}row r=\"{row}\">{element}</{prefix}row>" + sheet[at..];
        return this;
    }

    internal FormPackage SetNumber(string address, string stored, int? style = null)
        => SetCell(address, Style(style) + "t=\"n\"", $"<v>{stored}</v>");

    internal FormPackage SetInlineText(string address, string text, int? style = null, string part = FormPart)
        => SetCell(address, Style(style) + "t=\"inlineStr\"", $"<is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is>", part);

    /// <summary>A formula with its stored result: <paramref name="cached"/> null leaves out <c>&lt;v&gt;</c>, empty writes <c>&lt;v&gt;&lt;/v&gt;</c>.</summary>
    internal FormPackage SetFormula(string address, string formula, string? cached, string type = "n", int? style = null, string formulaAttributes = "")
        => SetCell(address, Style(style) + $"t=\"{type}\"", $"<f{(formulaAttributes.Length > 0 ? " " + formulaAttributes : string.Empty)}>{SecurityElement.Escape(formula)}</f>" + (cached is null ? string.Empty : $"<v>{SecurityElement.Escape(cached)}</v>"));

    /// <summary>Adds a cell style with a custom number format code; returns its index.</summary>
    internal int AddFormat(string formatCode)
    {
        var id = _nextFormat++;
        var styles = this[StylesPart];
        var prefix = styles.Contains("<x:styleSheet", StringComparison.Ordinal) ? "x:" : string.Empty;
        var numFmt = $"<{prefix}numFmt numFmtId=\"{id}\" formatCode=\"{SecurityElement.Escape(formatCode)}\" />";
        styles = styles.Contains($"</{prefix}numFmts>", StringComparison.Ordinal)
            ? styles.Replace($"</{prefix}numFmts>", numFmt + $"</{prefix}numFmts>", StringComparison.Ordinal)
            : styles.Replace($"<{prefix}fonts", $"<{prefix}numFmts>{numFmt}</{prefix}numFmts><{prefix}fonts", StringComparison.Ordinal);
        this[StylesPart] = styles;
        return AddBuiltInFormat(id);
    }

    /// <summary>Adds a cell style with a number format id (built-in, or added by <see cref="AddFormat"/>); returns its index.</summary>
    internal int AddBuiltInFormat(int numFmtId)
    {
        var styles = this[StylesPart];
        var prefix = styles.Contains("<x:styleSheet", StringComparison.Ordinal) ? "x:" : string.Empty;
        var cellXfs = Regex.Match(styles, $"<{Regex.Escape(prefix)}cellXfs[^>]*>(?<xfs>.*?)</{Regex.Escape(prefix)}cellXfs>", RegexOptions.Singleline);
        var count = Regex.Matches(cellXfs.Groups["xfs"].Value, $"<{Regex.Escape(prefix)}xf[ >/]").Count;
        var end = cellXfs.Groups["xfs"].Index + cellXfs.Groups["xfs"].Length;
        this[StylesPart] = styles[..end] + $"<{prefix}xf numFmtId=\"{numFmtId}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" />" + styles[end..];
        return count;
    }

    /// <summary>Sets the workbook to be recalculated in full when opened.</summary>
    internal FormPackage RecalculateOnOpen()
    {
        var workbook = this[WorkbookPart];
        this[WorkbookPart] = Regex.Replace(workbook, "<(x:)?calcPr ", m => m.Value + "fullCalcOnLoad=\"1\" ");
        return this;
    }

    /// <summary>Drops the custom document properties, as openpyxl, WPS and copy-paste into a new workbook do.</summary>
    internal FormPackage DropCustomProperties()
    {
        _parts["docProps/custom.xml"] = null;
        this["_rels/.rels"] = Regex.Replace(this["_rels/.rels"], "<Relationship [^>]*custom-properties[^>]*/>", string.Empty);
        this["[Content_Types].xml"] = Regex.Replace(this["[Content_Types].xml"], "<Override PartName=\"/docProps/custom.xml\"[^>]*/>", string.Empty);
        return this;
    }

    /// <summary>Replaces text in a part.</summary>
    internal FormPackage Replace(string part, string from, string to)
    {
        var text = this[part];
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{from}' is not in {part}");
        }

        this[part] = text.Replace(from, to, StringComparison.Ordinal);
        return this;
    }

    /// <summary>Adds a part, or replaces one.</summary>
    internal FormPackage Put(string part, string text)
    {
        _parts[part] = text;
        return this;
    }

    internal byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var source = new ZipArchive(new MemoryStream(_original), ZipArchiveMode.Read);
            foreach (var entry in source.Entries)
            {
                if (_parts.ContainsKey(entry.FullName))
                {
                    continue;
                }

                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }

            foreach (var (name, text) in _parts)
            {
                if (text is null)
                {
                    continue;
                }

                using var to = target.CreateEntry(name).Open();
                to.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    private static string Style(int? style) => style is { } s ? $"s=\"{s}\" " : string.Empty;

    private static int ColumnOf(string address)
    {
        var col = 0;
        foreach (var c in address.TakeWhile(char.IsAsciiLetter))
        {
            col = (col * 26) + (c - 'A' + 1);
        }

        return col;
    }

    /// <summary>Puts the sheet's namespace prefix on the elements of a fragment.</summary>
    private static string Prefix(string fragment, string prefix)
        => prefix.Length == 0 ? fragment : ElementName().Replace(fragment, m => m.Groups[1].Value + prefix + m.Groups[2].Value);

    [GeneratedRegex("(</?)([a-zA-Z]+[ >/])")]
    private static partial Regex ElementName();
}
