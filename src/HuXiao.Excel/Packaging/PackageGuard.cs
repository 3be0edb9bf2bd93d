using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using HuXiao.Reporting;

namespace HuXiao.Excel.Packaging;

/// <summary>
/// Checks an untrusted file before ClosedXML sees it, and hands back a clean copy of the package: within the
/// limits, without pictures, drawings, comments, charts, embedded objects or printer settings (ClosedXML 0.95.4
/// builds pictures through System.Drawing, which fails without libgdiplus; none of them hold form data).
/// Every failure is a <see cref="WorkbookReadException"/>.
/// </summary>
internal static class PackageGuard
{
    private static readonly byte[] s_ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] s_encryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");

    // Parts that hold no form data and that ClosedXML must not load.
    private static readonly string[] s_droppedPrefixes =
    [
        "xl/media/", "xl/drawings/", "xl/charts/", "xl/diagrams/", "xl/embeddings/", "xl/activeX/", "xl/ctrlProps/",
        "xl/threadedComments/", "xl/persons/", "xl/printerSettings/", "xl/comments", "xl/vbaProject", "xl/richData/",
        "xl/model/", "xl/customUI/", "customUI/",
    ];

    private static readonly string[] s_droppedSheetElements = ["drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls"];

    /// <summary>Reads, checks and cleans a workbook package.</summary>
    /// <returns>A readable stream over the clean package, at position 0.</returns>
    internal static MemoryStream Open(Stream input, ExcelReadLimits limits)
    {
        var bytes = ReadBounded(input, limits.MaxFileBytes);
        CheckSignature(bytes);
        try
        {
            return Clean(bytes, limits);
        }
        catch (WorkbookReadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or XmlException or NotSupportedException or ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or OverflowException or UriFormatException)
        {
            throw Damaged($"the zip package is damaged ({ex.Message})", "压缩包已损坏", ex);
        }
    }

    private static byte[] ReadBounded(Stream input, long max)
    {
        try
        {
            if (input.CanSeek && input.Length - input.Position > max)
            {
                throw TooLarge($"the file is {input.Length - input.Position:N0} bytes; the limit is {max:N0}", $"文件大小 {input.Length - input.Position:N0} 字节，超过上限 {max:N0} 字节");
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    throw TooLarge($"the file is over {max:N0} bytes", $"文件超过上限 {max:N0} 字节");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw Damaged($"the file could not be read ({ex.Message})", "文件无法读取", ex);
        }
    }

    private static void CheckSignature(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(s_ole2))
        {
            if (bytes.AsSpan().IndexOf(s_encryptedPackage) >= 0)
            {
                throw new WorkbookReadException(new InputProblem(
                    ExcelErrorCodes.Encrypted,
                    null,
                    "工作簿设有打开密码（已加密），无法读取。请去掉密码后另存为 .xlsx 再提交。",
                    "The workbook is password-encrypted and cannot be read. Remove the password (File > Info > Protect Workbook) and save it again as .xlsx."));
            }

            throw new WorkbookReadException(new InputProblem(
                ExcelErrorCodes.LegacyFormat,
                null,
                "这是旧版 Excel 97-2003（.xls）或 WPS（.et）格式的文件，无法读取。请用“另存为”保存为 Excel 工作簿（.xlsx）后再提交。",
                "This is a legacy Excel 97-2003 (.xls) or WPS (.et) file, which cannot be read. Use Save As to save it as an Excel Workbook (.xlsx) and submit that."));
        }

        if (bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && (bytes[2] == 3 || bytes[2] == 5) && (bytes[3] == 4 || bytes[3] == 6))
        {
            return;
        }

        var what = bytes.Length == 0 ? ("the file is empty", "文件是空的")
            : LooksLikeText(bytes) ? ("the file is text (CSV, HTML or XML), not an .xlsx workbook", "文件是文本（CSV、HTML 或 XML），不是 .xlsx 工作簿")
            : ("the file is not an .xlsx workbook (it is not a zip package)", "文件不是 .xlsx 工作簿（不是 zip 包）");
        throw NotAWorkbook(what.Item1, what.Item2, null);
    }

    private static bool LooksLikeText(byte[] bytes)
    {
        var span = bytes.AsSpan(0, Math.Min(bytes.Length, 512));
        foreach (var b in span)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20))
            {
                return false;
            }
        }

        return true;
    }

    private static MemoryStream Clean(byte[] bytes, ExcelReadLimits limits)
    {
        using var source = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var entries = source.Entries;
        if (entries.Count > limits.MaxPartCount)
        {
            throw TooLarge($"the package has {entries.Count:N0} parts; the limit is {limits.MaxPartCount:N0}", $"压缩包有 {entries.Count:N0} 个部件，超过上限 {limits.MaxPartCount:N0}");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<(string Name, byte[] Data)>();
        var dropped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long total = 0;
        foreach (var entry in entries)
        {
            var name = entry.FullName.Replace('\\', '/').TrimStart('/');
            if (!names.Add(name))
            {
                throw Damaged($"the package holds the part '{name}' twice", $"压缩包中部件“{name}”重复");
            }

            if (name.Length == 0 || name.EndsWith('/'))
            {
                continue;
            }

            if (name.Equals("mimetype", StringComparison.OrdinalIgnoreCase) || name.Equals("content.xml", StringComparison.OrdinalIgnoreCase))
            {
                throw NotAWorkbook("the file is an OpenDocument spreadsheet (.ods), not an .xlsx workbook; save it as Excel 2007-365 (.xlsx)", "文件是 OpenDocument（.ods）格式，不是 .xlsx 工作簿；请另存为 Excel 2007-365（.xlsx）", null);
            }

            if (IsDropped(name))
            {
                dropped.Add(name);
                continue;
            }

            var allowed = Math.Min(limits.MaxPartBytes, limits.MaxTotalBytes - total);
            var data = Inflate(entry, name, allowed, limits);
            total += data.Length;
            kept.Add((name, data));
        }

        var byName = kept.ToDictionary(k => k.Name, k => k.Data, StringComparer.OrdinalIgnoreCase);
        if (!byName.TryGetValue("[Content_Types].xml", out var contentTypes) || !byName.ContainsKey("_rels/.rels"))
        {
            throw NotAWorkbook("the zip package is not an Office document (it has no [Content_Types].xml or _rels/.rels)", "压缩包不是 Office 文档（缺少 [Content_Types].xml 或 _rels/.rels）", null);
        }

        var workbookPart = FindWorkbookPart(byName["_rels/.rels"]);
        if (workbookPart is null || !byName.ContainsKey(workbookPart))
        {
            throw NotAWorkbook("the package is an Office document but holds no Excel workbook", "文件是 Office 文档，但不含 Excel 工作簿", null);
        }

        var types = LoadXml(contentTypes, "[Content_Types].xml");
        CheckWorkbookType(types, workbookPart);

        var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in kept)
            {
                var content = data;
                if (dropped.Count > 0)
                {
                    if (name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase))
                    {
                        content = WithoutOverrides(types, dropped);
                    }
                    else if (name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                    {
                        content = WithoutRelationships(data, name, dropped);
                    }
                }

                if (dropped.Count > 0 && IsWorksheetPart(name))
                {
                    content = WithoutDrawingElements(content, name);
                }

                var entry = target.CreateEntry(name, CompressionLevel.NoCompression);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        output.Position = 0;
        return output;
    }

    private static bool IsDropped(string name)
    {
        foreach (var prefix in s_droppedPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // Relationship parts of dropped parts go with them.
        var rels = name.IndexOf("/_rels/", StringComparison.OrdinalIgnoreCase);
        if (rels >= 0 && name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
        {
            var owner = name[..rels] + "/" + name[(rels + 7)..^5];
            return IsDropped(owner);
        }

        return false;
    }

    private static bool IsWorksheetPart(string name)
        => (name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) || name.StartsWith("xl/chartsheets/", StringComparison.OrdinalIgnoreCase))
           && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
           && !name.Contains("/_rels/", StringComparison.OrdinalIgnoreCase);

    private static byte[] Inflate(ZipArchiveEntry entry, string name, long allowed, ExcelReadLimits limits)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > allowed)
            {
                throw allowed < limits.MaxPartBytes
                    ? TooLarge($"the package inflates to more than {limits.MaxTotalBytes:N0} bytes (a zip bomb, or far too much data)", $"解压后超过 {limits.MaxTotalBytes:N0} 字节（压缩炸弹或数据过多）")
                    : TooLarge($"the part '{name}' inflates to more than {limits.MaxPartBytes:N0} bytes (a zip bomb, or a sheet far too large for a form)", $"部件“{name}”解压后超过 {limits.MaxPartBytes:N0} 字节（压缩炸弹或工作表过大）");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static XDocument LoadXml(byte[] data, string name)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreWhitespace = false,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data, writable: false), settings);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw Damaged($"the part '{name}' is not well-formed XML ({ex.Message})", $"部件“{name}”不是合法的 XML", ex);
        }
    }

    private static byte[] Save(XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }

    private static string? FindWorkbookPart(byte[] rootRels)
    {
        var doc = LoadXml(rootRels, "_rels/.rels");
        foreach (var rel in doc.Root?.Elements() ?? [])
        {
            var type = (string?)rel.Attribute("Type") ?? string.Empty;
            if (type.EndsWith("/officeDocument", StringComparison.Ordinal))
            {
                var target = (string?)rel.Attribute("Target");
                return target is null ? null : Resolve(string.Empty, target);
            }
        }

        return null;
    }

    private static void CheckWorkbookType(XDocument types, string workbookPart)
    {
        // The part's content type: its Override, or else the Default for its extension.
        string? type = null;
        var extension = Path.GetExtension(workbookPart).TrimStart('.');
        foreach (var element in types.Root?.Elements() ?? [])
        {
            if (element.Name.LocalName == "Override"
                && ((string?)element.Attribute("PartName") ?? string.Empty).TrimStart('/').Equals(workbookPart, StringComparison.OrdinalIgnoreCase))
            {
                type = (string?)element.Attribute("ContentType");
                break;
            }

            if (element.Name.LocalName == "Default" && type is null
                && string.Equals((string?)element.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))
            {
                type = (string?)element.Attribute("ContentType");
            }
        }

        type ??= string.Empty;
        if (type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
        {
            throw new WorkbookReadException(new InputProblem(
                ExcelErrorCodes.MacroEnabled,
                null,
                "这是启用宏的工作簿（.xlsm），不予读取。请另存为不含宏的 Excel 工作簿（.xlsx）后再提交。",
                "This is a macro-enabled workbook (.xlsm) and is not read. Save it as a plain Excel Workbook (.xlsx) and submit that."));
        }

        if (!type.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase))
        {
            throw NotAWorkbook($"the package's main part is '{type}', not an Excel workbook", "文件的主体部件不是 Excel 工作簿", null);
        }
    }

    private static byte[] WithoutOverrides(XDocument types, HashSet<string> dropped)
    {
        var copy = new XDocument(types);
        copy.Root?.Elements()
            .Where(e => e.Name.LocalName == "Override" && dropped.Contains(((string?)e.Attribute("PartName") ?? string.Empty).TrimStart('/')))
            .Remove();
        return Save(copy);
    }

    private static byte[] WithoutRelationships(byte[] data, string relsName, HashSet<string> dropped)
    {
        var doc = LoadXml(data, relsName);
        var slash = relsName.IndexOf("_rels/", StringComparison.OrdinalIgnoreCase);
        var baseDir = slash <= 0 ? string.Empty : relsName[..slash];
        var remove = new List<XElement>();
        foreach (var rel in doc.Root?.Elements() ?? [])
        {
            if (string.Equals((string?)rel.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var target = (string?)rel.Attribute("Target");
            if (target is not null && dropped.Contains(Resolve(baseDir, target)))
            {
                remove.Add(rel);
            }
        }

        if (remove.Count == 0)
        {
            return data;
        }

        remove.ForEach(r => r.Remove());
        return Save(doc);
    }

    private static byte[] WithoutDrawingElements(byte[] data, string name)
    {
        // Cheap test first: most sheets hold none of these.
        var text = Encoding.UTF8.GetString(data);
        var any = false;
        foreach (var element in s_droppedSheetElements)
        {
            if (text.Contains("<" + element, StringComparison.Ordinal) || text.Contains(":" + element + " ", StringComparison.Ordinal) || text.Contains(":" + element + ">", StringComparison.Ordinal))
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return data;
        }

        var doc = LoadXml(data, name);
        doc.Root?.Elements().Where(e => Array.IndexOf(s_droppedSheetElements, e.Name.LocalName) >= 0).Remove();
        return Save(doc);
    }

    /// <summary>Resolves a relationship target against the folder of its source part; the result has no leading slash.</summary>
    internal static string Resolve(string baseDir, string target)
    {
        var path = target.StartsWith('/') ? target.TrimStart('/') : baseDir + target;
        var parts = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(Uri.UnescapeDataString(segment));
        }

        return string.Join('/', parts);
    }

    internal static WorkbookReadException NotAWorkbook(string english, string chinese, Exception? inner)
        => new(new InputProblem(ExcelErrorCodes.NotAWorkbook, null, $"无法读取：{chinese}。请提交用 Excel、WPS 或 LibreOffice 另存的 .xlsx 工作簿。", $"The file cannot be read: {english}. Submit an .xlsx workbook saved by Excel, WPS or LibreOffice."), inner);

    internal static WorkbookReadException Damaged(string english, string chinese, Exception? inner = null)
        => NotAWorkbook(english, chinese, inner);

    private static WorkbookReadException TooLarge(string english, string chinese)
        => new(new InputProblem(ExcelErrorCodes.TooLarge, null, $"文件过大，不予读取：{chinese}。一份报表远小于此；请只提交报表本身。", $"The file is refused as too large: {english}. A form is far smaller; submit the form alone."));
}
