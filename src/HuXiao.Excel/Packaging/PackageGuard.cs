using System.IO.Compression;
using System.Text;
using HuXiao.Excel.Ooxml;
using HuXiao.Reporting;

namespace HuXiao.Excel.Packaging;

/// <summary>
/// Checks an untrusted file before anything is parsed: within the limits, a zip package holding an Excel workbook,
/// and when it is not, names what it is (a legacy .xls or WPS .et, an .xlsb, an encrypted workbook, a macro-enabled
/// .xlsm, an OpenDocument .ods, a Word or PowerPoint file, CSV, HTML or an Excel 2003 XML file, a PDF) with what to
/// do. Hands back the package, whose parts are inflated only when read and only within the limits. Every failure is
/// a <see cref="WorkbookReadException"/>.
/// </summary>
internal static class PackageGuard
{
    private static readonly byte[] s_ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] s_encryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");
    private static readonly byte[] s_wordDocument = Encoding.Unicode.GetBytes("WordDocument");
    private static readonly byte[] s_powerPoint = Encoding.Unicode.GetBytes("PowerPoint Document");

    /// <summary>Reads and checks a workbook package.</summary>
    /// <returns>The package, its workbook part found and of a workbook's content type.</returns>
    internal static OoxmlPackage Open(Stream input, ExcelReadLimits limits) => Open(ReadBounded(input, limits.MaxFileBytes), limits);

    /// <summary>Checks a workbook package already in memory (read within <see cref="ExcelReadLimits.MaxFileBytes"/>).</summary>
    /// <returns>The package, its workbook part found and of a workbook's content type.</returns>
    internal static OoxmlPackage Open(byte[] bytes, ExcelReadLimits limits)
    {
        if (bytes.LongLength > limits.MaxFileBytes)
        {
            throw TooLarge($"the file is {bytes.LongLength:N0} bytes; the limit is {limits.MaxFileBytes:N0}", $"文件大小 {bytes.LongLength:N0} 字节，超过上限 {limits.MaxFileBytes:N0} 字节");
        }

        CheckSignature(bytes);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw Damaged($"the zip package is damaged ({ex.Message})", "压缩包已损坏", ex);
        }

        try
        {
            return Check(zip, limits);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            zip.Dispose();
            throw Damaged($"the package is damaged ({ex.Message})", "压缩包已损坏", ex);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    private static byte[] ReadBounded(Stream input, long max)
    {
        try
        {
            CheckDeclaredLength(input, max);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
            {
                Append(buffer, chunk, read, max);
            }

            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw Damaged($"the file could not be read ({ex.Message})", "文件无法读取", ex);
        }
    }

    /// <summary>
    /// Reads a file into memory without synchronous I/O (request bodies, non-seekable streams), refusing it as soon
    /// as it passes <paramref name="max"/> bytes, so an upload is never held beyond the limit.
    /// </summary>
    internal static async Task<byte[]> ReadBoundedAsync(Stream input, long max, CancellationToken cancellationToken)
    {
        try
        {
            CheckDeclaredLength(input, max);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await input.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                Append(buffer, chunk, read, max);
            }

            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw Damaged($"the file could not be read ({ex.Message})", "文件无法读取", ex);
        }
    }

    private static void CheckDeclaredLength(Stream input, long max)
    {
        if (input.CanSeek && input.Length - input.Position > max)
        {
            throw TooLarge($"the file is {input.Length - input.Position:N0} bytes; the limit is {max:N0}", $"文件大小 {input.Length - input.Position:N0} 字节，超过上限 {max:N0} 字节");
        }
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int read, long max)
    {
        if (buffer.Length + read > max)
        {
            throw TooLarge($"the file is over {max:N0} bytes", $"文件超过上限 {max:N0} 字节");
        }

        buffer.Write(chunk, 0, read);
    }

    private static void CheckSignature(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(s_ole2))
        {
            if (span.IndexOf(s_encryptedPackage) >= 0)
            {
                throw new WorkbookReadException(new InputProblem(
                    ExcelErrorCodes.Encrypted,
                    null,
                    "工作簿设有打开密码（已加密），无法读取。请去掉密码（文件 > 信息 > 保护工作簿）后另存为 .xlsx 再提交。",
                    "The workbook is password-encrypted and cannot be read. Remove the password (File > Info > Protect Workbook) and save it again as .xlsx."));
            }

            if (span.IndexOf(s_wordDocument) >= 0)
            {
                throw NotAWorkbook("the file is a Word 97-2003 document (.doc), not a workbook", "文件是 Word 97-2003 文档（.doc），不是工作簿", null);
            }

            if (span.IndexOf(s_powerPoint) >= 0)
            {
                throw NotAWorkbook("the file is a PowerPoint 97-2003 presentation (.ppt), not a workbook", "文件是 PowerPoint 97-2003 演示文稿（.ppt），不是工作簿", null);
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

        var (english, chinese) = bytes.Length == 0 ? ("the file is empty", "文件是空的")
            : span.StartsWith("%PDF"u8) ? ("the file is a PDF, not a workbook", "文件是 PDF，不是工作簿")
            : LooksLikeText(bytes) ? TextKind(bytes)
            : ("the file is not an .xlsx workbook (it is not a zip package)", "文件不是 .xlsx 工作簿（不是 zip 包）");
        throw NotAWorkbook(english, chinese, null);
    }

    private static bool LooksLikeText(byte[] bytes)
    {
        var span = bytes.AsSpan(0, Math.Min(bytes.Length, 512));
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        foreach (var b in span)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20))
            {
                return false;
            }
        }

        return true;
    }

    private static (string English, string Chinese) TextKind(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode.GetString(head)
            : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode.GetString(head)
            : Encoding.UTF8.GetString(head);
        var lower = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (lower.Contains("urn:schemas-microsoft-com:office:spreadsheet", StringComparison.Ordinal) || lower.Contains("progid=\"excel.sheet\"", StringComparison.Ordinal))
        {
            return ("the file is an Excel 2003 XML spreadsheet, not an .xlsx workbook; open it in Excel or WPS and save it as an Excel Workbook (.xlsx)",
                "文件是 Excel 2003 XML 表格，不是 .xlsx 工作簿；请用 Excel 或 WPS 打开后另存为 Excel 工作簿（.xlsx）");
        }

        if (lower.StartsWith("<html", StringComparison.Ordinal) || lower.StartsWith("<!doctype html", StringComparison.Ordinal) || lower.Contains("<table", StringComparison.Ordinal))
        {
            return ("the file is a web page (HTML), as some systems export under an .xls name, not an .xlsx workbook; open it in Excel or WPS and save it as an Excel Workbook (.xlsx)",
                "文件是网页（HTML，有些系统导出时用 .xls 作扩展名），不是 .xlsx 工作簿；请用 Excel 或 WPS 打开后另存为 Excel 工作簿（.xlsx）");
        }

        if (lower.StartsWith("<?xml", StringComparison.Ordinal) || lower.StartsWith('<'))
        {
            return ("the file is XML text, not an .xlsx workbook", "文件是 XML 文本，不是 .xlsx 工作簿");
        }

        if (lower.Contains(',', StringComparison.Ordinal) || lower.Contains('\t', StringComparison.Ordinal) || lower.Contains('，', StringComparison.Ordinal))
        {
            return ("the file is CSV text (values separated by commas or tabs), which carries no form layout; fill in the .xlsx form instead",
                "文件是 CSV 文本（用逗号或制表符分隔的数值），不带报表格式；请填写 .xlsx 报表");
        }

        return ("the file is text, not an .xlsx workbook", "文件是文本，不是 .xlsx 工作簿");
    }

    private static OoxmlPackage Check(ZipArchive zip, ExcelReadLimits limits)
    {
        var entries = zip.Entries;
        if (entries.Count > limits.MaxPartCount)
        {
            throw TooLarge($"the package has {entries.Count:N0} parts; the limit is {limits.MaxPartCount:N0}", $"压缩包有 {entries.Count:N0} 个部件，超过上限 {limits.MaxPartCount:N0}");
        }

        var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var name = entry.FullName.Replace('\\', '/').TrimStart('/');
            if (name.Length == 0 || name.EndsWith('/'))
            {
                continue;
            }

            if (!parts.TryAdd(name, entry))
            {
                throw Damaged($"the package holds the part '{name}' twice", $"压缩包中部件“{name}”重复");
            }
        }

        if (parts.ContainsKey("mimetype") || parts.ContainsKey("content.xml"))
        {
            throw NotAWorkbook(
                "the file is an OpenDocument file (.ods or .odt), not an .xlsx workbook; save it as Excel 2007-365 (.xlsx)",
                "文件是 OpenDocument 格式（.ods 或 .odt），不是 .xlsx 工作簿；请另存为 Excel 2007-365（.xlsx）",
                null);
        }

        var package = new OoxmlPackage(zip, parts, limits);
        if (!parts.ContainsKey("[Content_Types].xml") || !parts.ContainsKey("_rels/.rels"))
        {
            throw NotAWorkbook("the zip package is not an Office document (it has no [Content_Types].xml or _rels/.rels)", "压缩包不是 Office 文档（缺少 [Content_Types].xml 或 _rels/.rels）", null);
        }

        var workbookPart = package.Relationships(string.Empty).FirstOrDefault(r => r.Is("officeDocument") && !r.IsExternal)?.Target;
        if (workbookPart is null || !parts.ContainsKey(workbookPart))
        {
            throw NotAWorkbook("the package is an Office document but holds no Excel workbook", "文件是 Office 文档，但不含 Excel 工作簿", null);
        }

        CheckWorkbookType(ContentType(package, workbookPart));
        package.WorkbookPart = workbookPart;
        return package;
    }

    private static string ContentType(OoxmlPackage package, string part)
    {
        // The part's content type: its Override, or else the Default for its extension.
        string? type = null, byDefault = null;
        var extension = Path.GetExtension(part).TrimStart('.');
        var xml = package.Xml("[Content_Types].xml")!;
        while (xml.Read())
        {
            if (!xml.IsStart)
            {
                continue;
            }

            if (xml.Is("Override"u8) && (xml.Attribute("PartName"u8) ?? string.Empty).TrimStart('/').Equals(part, StringComparison.OrdinalIgnoreCase))
            {
                type = xml.Attribute("ContentType"u8);
            }
            else if (xml.Is("Default"u8) && string.Equals(xml.Attribute("Extension"u8), extension, StringComparison.OrdinalIgnoreCase))
            {
                byDefault = xml.Attribute("ContentType"u8);
            }
        }

        return type ?? byDefault ?? string.Empty;
    }

    private static void CheckWorkbookType(string type)
    {
        if (type.Contains("sheet.binary", StringComparison.OrdinalIgnoreCase))
        {
            throw new WorkbookReadException(new InputProblem(
                ExcelErrorCodes.LegacyFormat,
                null,
                "这是 Excel 二进制工作簿（.xlsb），无法读取。请用“另存为”保存为 Excel 工作簿（.xlsx）后再提交。",
                "This is an Excel Binary Workbook (.xlsb), which cannot be read. Use Save As to save it as an Excel Workbook (.xlsx) and submit that."));
        }

        if (type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
        {
            throw new WorkbookReadException(new InputProblem(
                ExcelErrorCodes.MacroEnabled,
                null,
                "这是启用宏的工作簿（.xlsm），不予读取。请另存为不含宏的 Excel 工作簿（.xlsx）后再提交。",
                "This is a macro-enabled workbook (.xlsm) and is not read. Save it as a plain Excel Workbook (.xlsx) and submit that."));
        }

        if (type.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase))
        {
            throw NotAWorkbook("the file is a Word document (.docx), not a workbook", "文件是 Word 文档（.docx），不是工作簿", null);
        }

        if (type.Contains("presentationml", StringComparison.OrdinalIgnoreCase))
        {
            throw NotAWorkbook("the file is a PowerPoint presentation (.pptx), not a workbook", "文件是 PowerPoint 演示文稿（.pptx），不是工作簿", null);
        }

        if (!type.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase))
        {
            throw NotAWorkbook($"the package's main part is '{type}', not an Excel workbook", "文件的主体部件不是 Excel 工作簿", null);
        }
    }

    internal static WorkbookReadException NotAWorkbook(string english, string chinese, Exception? inner)
        => new(new InputProblem(ExcelErrorCodes.NotAWorkbook, null, $"无法读取：{chinese}。请提交用 Excel、WPS 或 LibreOffice 另存的 .xlsx 工作簿。", $"The file cannot be read: {english}. Submit an .xlsx workbook saved by Excel, WPS or LibreOffice."), inner);

    internal static WorkbookReadException Damaged(string english, string chinese, Exception? inner = null)
        => NotAWorkbook(english, chinese, inner);

    internal static WorkbookReadException TooLarge(string english, string chinese)
        => new(new InputProblem(ExcelErrorCodes.TooLarge, null, $"文件过大，不予读取：{chinese}。一份报表远小于此；请只提交报表本身。", $"The file is refused as too large: {english}. A form is far smaller; submit the form alone."));
}
