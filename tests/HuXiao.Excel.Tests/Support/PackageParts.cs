using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using HuXiao.Excel.Writing;

namespace HuXiao.Excel.Tests.Support;

/// <summary>
/// An .xlsx file as its parts' text, with what differs between two saves of the same workbook by ClosedXML made the
/// same: the random name of the core properties part and the random relationship ids, and the times it was created and
/// modified. Two files with the same parts are the same workbook, cell for cell, style for style, string for string and
/// property for property.
/// </summary>
internal static partial class PackageParts
{
    /// <summary>The form as the ClosedXML build makes it, from scratch: what a stamp must equal.</summary>
    internal static byte[] Built(FormContent content)
    {
        using var workbook = ExcelFormWriter.Build(content);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    internal static SortedDictionary<string, string> Of(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx, writable: false), ZipArchiveMode.Read);
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            parts[CorePart().Replace(entry.FullName, "core.psmdcp")] = Normalise(reader.ReadToEnd());
        }

        return parts;
    }

    /// <summary>Fails naming the first part that differs and where, unless both files hold the same parts.</summary>
    internal static void AssertSame(byte[] expected, byte[] actual)
    {
        var want = Of(expected);
        var got = Of(actual);
        Assert.Equal(want.Keys, got.Keys);
        foreach (var (name, text) in want)
        {
            var other = got[name];
            if (text == other)
            {
                continue;
            }

            var at = 0;
            while (at < Math.Min(text.Length, other.Length) && text[at] == other[at])
            {
                at++;
            }

            Assert.Fail($"part {name} differs at {at}:\n  built:   …{Around(text, at)}…\n  stamped: …{Around(other, at)}…");
        }
    }

    /// <summary>Every cell of every sheet as ClosedXML reads it: address, type, value as text, and the style's every property.</summary>
    internal static IEnumerable<string> Cells(byte[] xlsx)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx, writable: false));
        var result = new List<string>();
        foreach (var sheet in workbook.Worksheets)
        {
            foreach (var cell in sheet.CellsUsed(XLCellsUsedOptions.All))
            {
                var s = cell.Style;
                result.Add($"{sheet.Name}!{cell.Address} {cell.DataType} [{cell.GetString()}] font {s.Font.FontName} {s.Font.FontSize} {s.Font.Bold} "
                    + $"fill {s.Fill.BackgroundColor} border {s.Border.TopBorder}{s.Border.BottomBorder}{s.Border.LeftBorder}{s.Border.RightBorder} "
                    + $"align {s.Alignment.Horizontal} {s.Alignment.Vertical} {s.Alignment.WrapText} format {s.NumberFormat.Format} locked {s.Protection.Locked}");
            }

            result.Add($"{sheet.Name} merged {string.Join(" ", sheet.MergedRanges.Select(r => r.RangeAddress.ToString()))}");
        }

        result.AddRange(workbook.CustomProperties.Select(p => $"property {p.Name} {p.Type} {p.Value}"));
        result.Add($"core {workbook.Properties.Title} | {workbook.Properties.Subject} | {workbook.Properties.Author}");
        return result;
    }

    private static string Normalise(string text)
        => Times().Replace(RelationshipId().Replace(CorePart().Replace(text, "core.psmdcp"), "Id=\"R\""), string.Empty);

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 60), Math.Min(text.Length, at + 60) - Math.Max(0, at - 60));

    [GeneratedRegex(@"core-properties/[0-9a-f]+\.psmdcp")]
    private static partial Regex CorePart();

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RelationshipId();

    [GeneratedRegex(@"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")]
    private static partial Regex Times();
}
