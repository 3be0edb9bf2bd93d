using System.Buffers;
using ClosedXML.Excel;
using HuXiao.Excel.Layout;
using HuXiao.Excel.Ooxml;
using HuXiao.Excel.Packaging;
using HuXiao.Excel.Writing;
using HuXiao.Reporting;

namespace HuXiao.Excel.Stamping;

/// <summary>
/// A schema's form rendered once by the ClosedXML build with none of the cells that depend on what a form holds
/// (<see cref="FormCells"/>), and taken apart so that the form for any unit, month and report is made by writing those
/// cells, the shared strings and the properties into it — the same cells, styles, strings and properties as the
/// ClosedXML build of that content, part for part — while every other part is copied as stored, never deflated again.
/// Content the stamp cannot write exactly (more case rows than the rendered form lays out; text ClosedXML escapes or
/// wraps, see <see cref="StampText.CanWrite"/>) is left to the ClosedXML build: <see cref="TryStamp"/> returns null.
/// Immutable and thread-safe.
/// </summary>
internal sealed class FormPrototype
{
    private readonly FormLayout _layout;
    private readonly ZipEntryData[] _entries;
    private readonly int[] _sheetEntries;
    private readonly SheetPart[] _sheets;
    private readonly int _stringsEntry;
    private readonly SharedStringPart _strings;
    private readonly int _customEntry;
    private readonly CustomPropertiesPart _custom;
    private readonly int _coreEntry;
    private readonly CorePropertiesPart _core;

    /// <summary>Each rewritten entry's last content and stored form, reused when a stamp writes the same bytes (the 具体情况 sheet of every template of a month).</summary>
    private readonly WrittenPart?[] _last;

    private FormPrototype(ReportSchema schema, ZipEntryData[] entries, int[] sheetEntries, SheetPart[] sheets, int stringsEntry, SharedStringPart strings, int customEntry, CustomPropertiesPart custom, int coreEntry, CorePropertiesPart core)
    {
        Schema = schema;
        _layout = FormLayout.For(schema);
        _entries = entries;
        _sheetEntries = sheetEntries;
        _sheets = sheets;
        _stringsEntry = stringsEntry;
        _strings = strings;
        _customEntry = customEntry;
        _custom = custom;
        _coreEntry = coreEntry;
        _core = core;
        _last = new WrittenPart?[entries.Length];
    }

    /// <summary>The form it renders.</summary>
    internal ReportSchema Schema { get; }

    /// <summary>Renders a schema's form for stamping; null when the rendered package is not in the shape the stamp writes (then every form is built).</summary>
    internal static FormPrototype? Render(ReportSchema schema)
    {
        var blank = new FormContent(schema, null, null, null);
        byte[] bytes;
        using (var workbook = new XLWorkbook())
        {
            FormWorkbook.Write(workbook, blank, fill: false);
            using var buffer = new MemoryStream();
            workbook.SaveAs(buffer);
            bytes = buffer.ToArray();
        }

        return Read(schema, bytes, blank);
    }

    private static FormPrototype? Read(ReportSchema schema, byte[] bytes, FormContent blank)
    {
        var entries = ZipPackage.Read(bytes);
        var byName = entries.Select((e, i) => (e.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.OrdinalIgnoreCase);
        using var package = PackageGuard.Open(bytes, ExcelReadLimits.Default);
        var workbookRels = package.Relationships(package.WorkbookPart);
        var rootRels = package.Relationships(string.Empty);

        // The sheets in the workbook's order: the form, then 具体情况.
        var sheetTargets = new List<string>();
        var xml = package.Xml(package.WorkbookPart)!;
        while (xml.Read())
        {
            if (xml.IsStart && xml.Is("sheet"u8) && workbookRels.FirstOrDefault(r => r.Id == xml.Attribute("id"u8)) is { } sheet)
            {
                sheetTargets.Add(sheet.Target);
            }
        }

        var strings = workbookRels.FirstOrDefault(r => r.Is("sharedStrings"))?.Target;
        var custom = rootRels.FirstOrDefault(r => r.Is("custom-properties"))?.Target;
        var core = rootRels.FirstOrDefault(r => r.Is("core-properties"))?.Target;
        if (sheetTargets.Count != 2 || strings is null || custom is null || core is null
            || !sheetTargets.Append(strings).Append(custom).Append(core).All(byName.ContainsKey))
        {
            return null;
        }

        var sheetEntries = sheetTargets.Select(t => byName[t]).ToArray();
        var sheets = sheetEntries.Select(i => SheetPart.Read(ZipPackage.Content(entries[i]))).ToArray();
        var stringPart = SharedStringPart.Read(ZipPackage.Content(entries[byName[strings]]));
        var customPart = CustomPropertiesPart.Read(ZipPackage.Content(entries[byName[custom]]), WorkbookPropertiesWriter.Custom(blank));
        var corePart = CorePropertiesPart.Read(ZipPackage.Content(entries[byName[core]]), WorkbookPropertiesWriter.Subject(blank));
        if (sheets.Any(s => s is null) || stringPart is null || customPart is null || corePart is null)
        {
            return null;
        }

        return new FormPrototype(schema, entries, sheetEntries, sheets!, byName[strings], stringPart, byName[custom], customPart, byName[core], corePart);
    }

    /// <summary>The .xlsx file for this content, or null when the stamp cannot write it exactly as the ClosedXML build would.</summary>
    internal byte[]? TryStamp(FormContent content)
    {
        if (content.Schema != Schema || (content.Report?.Cases.Count ?? 0) > CaseSheetWriter.BlankRows)
        {
            return null;
        }

        // Where each cell goes: in place of the rendered form's empty cell at its address.
        var edits = new List<Edit>[_sheets.Length];
        for (var s = 0; s < edits.Length; s++)
        {
            edits[s] = [];
        }

        foreach (var cell in FormCells.Of(content, _layout))
        {
            if (!_sheets[cell.Sheet].EmptyCells.TryGetValue(new CellAddress(cell.Row, cell.Column), out var empty)
                || (!cell.IsNumber && !StampText.CanWrite(cell.Text!)))
            {
                return null;
            }

            if (cell.IsNumber || cell.Text!.Length > 0)
            {
                edits[cell.Sheet].Add(new Edit(empty, cell));
            }
        }

        var written = new ZipEntryData[_entries.Length];
        Array.Copy(_entries, written, written.Length);
        var buffer = new ArrayBufferWriter<byte>(32 * 1024);
        if (!_custom.TryWrite(buffer, WorkbookPropertiesWriter.Custom(content)))
        {
            return null;
        }

        written[_customEntry] = Stored(_customEntry, buffer.WrittenSpan);
        buffer.ResetWrittenCount();
        if (!_core.TryWrite(buffer, WorkbookPropertiesWriter.Subject(content)))
        {
            return null;
        }

        written[_coreEntry] = Stored(_coreEntry, buffer.WrittenSpan);

        // The sheets in order, numbering the strings in order of first use, as the ClosedXML build does.
        var strings = new List<SharedStringPart.Entry>(_strings.Items.Count + 16);
        var index = new Dictionary<string, int>(_strings.Items.Count + 16, StringComparer.Ordinal);
        for (var s = 0; s < _sheets.Length; s++)
        {
            buffer.ResetWrittenCount();
            WriteSheet(buffer, _sheets[s], edits[s], strings, index);
            written[_sheetEntries[s]] = Stored(_sheetEntries[s], buffer.WrittenSpan);
        }

        buffer.ResetWrittenCount();
        _strings.Write(buffer, strings);
        written[_stringsEntry] = Stored(_stringsEntry, buffer.WrittenSpan);

        using var output = new MemoryStream(written.Sum(e => e.Data.Length) + 4096);
        ZipPackage.Write(output, written);
        return output.ToArray();
    }

    private void WriteSheet(ArrayBufferWriter<byte> output, SheetPart sheet, List<Edit> edits, List<SharedStringPart.Entry> strings, Dictionary<string, int> index)
    {
        edits.Sort((a, b) => a.Cell.Start.CompareTo(b.Cell.Start));
        var xml = sheet.Xml.AsSpan();
        var texts = sheet.TextCells;
        int position = 0, t = 0, e = 0;
        while (t < texts.Count || e < edits.Count)
        {
            if (e == edits.Count || (t < texts.Count && texts[t].DigitsStart < edits[e].Cell.Start))
            {
                var text = texts[t++];
                StampText.Append(output, xml[position..text.DigitsStart]);
                StampText.AppendNumber(output, StringIndex(_strings.Texts[text.SharedString], text.SharedString, strings, index));
                position = text.DigitsEnd;
            }
            else
            {
                var edit = edits[e++];
                StampText.Append(output, xml[position..edit.Cell.Start]);
                if (edit.Value.IsNumber)
                {
                    sheet.WriteNumber(output, edit.Cell, edit.Value.Number);
                }
                else
                {
                    sheet.WriteText(output, edit.Cell, StringIndex(edit.Value.Text!, -1, strings, index));
                }

                position = edit.Cell.End;
            }
        }

        StampText.Append(output, xml[position..]);
    }

    /// <summary>The index of a string: the one it already has, or the next.</summary>
    private static int StringIndex(string text, int item, List<SharedStringPart.Entry> strings, Dictionary<string, int> index)
    {
        if (!index.TryGetValue(text, out var i))
        {
            i = strings.Count;
            index.Add(text, i);
            strings.Add(item >= 0 ? new SharedStringPart.Entry(item, null) : new SharedStringPart.Entry(-1, text));
        }

        return i;
    }

    /// <summary>An entry holding these bytes, deflated — or the entry last written for the same bytes.</summary>
    private ZipEntryData Stored(int entry, ReadOnlySpan<byte> content)
    {
        var last = Volatile.Read(ref _last[entry]);
        if (last is not null && content.SequenceEqual(last.Content))
        {
            return last.Entry;
        }

        var stored = ZipPackage.Deflate(_entries[entry], content);
        Volatile.Write(ref _last[entry], new WrittenPart(content.ToArray(), stored));
        return stored;
    }

    private readonly record struct Edit(SheetPart.EmptyCell Cell, VariableCell Value);

    private sealed record WrittenPart(byte[] Content, ZipEntryData Entry);
}
