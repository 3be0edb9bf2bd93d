using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;

namespace HuXiao.Excel.Tests.Support;

/// <summary>Changes a written form the ways users change theirs, at the level of the workbook or of its zip package.</summary>
internal static class FormEditing
{
    // Where the writer puts things on the 2017 form (see the rendered form in docs/images/form.png).
    internal const string FormSheet = "校园安全工作进展报表";
    internal const int TableANewRow = 7;
    internal const int TableATotalRow = 8;
    internal const int TableBNewRow = 13;
    internal const int TableBTotalRow = 14;
    internal const int TableCNewRow = 19;
    internal const int TableCTotalRow = 20;

    internal static byte[] Edit(byte[] xlsx, Action<XLWorkbook> edit)
    {
        using var input = new MemoryStream(xlsx);
        using var workbook = new XLWorkbook(input);
        edit(workbook);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    internal static byte[] EditPackage(byte[] xlsx, Action<ZipArchive> edit)
    {
        using var buffer = new MemoryStream();
        buffer.Write(xlsx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            edit(zip);
        }

        return buffer.ToArray();
    }

    internal static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    internal static void WriteEntry(ZipArchive zip, string name, string content) => WriteEntry(zip, name, Encoding.UTF8.GetBytes(content));

    internal static void WriteEntry(ZipArchive zip, string name, byte[] content)
    {
        zip.GetEntry(name)?.Delete();
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    }

    /// <summary>Pastes a picture (a seal) on the form sheet the way Excel stores one: media, drawing, relationships.</summary>
    internal static byte[] AddPicture(byte[] xlsx) => EditPackage(xlsx, zip =>
    {
        // A 1×1 PNG.
        WriteEntry(zip, "xl/media/image1.png", Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        WriteEntry(zip, "xl/drawings/drawing1.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><xdr:twoCellAnchor><xdr:from><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>17</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>24</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Seal"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>
            """);
        WriteEntry(zip, "xl/drawings/_rels/drawing1.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"/></Relationships>
            """);
        var sheetRels = "xl/worksheets/_rels/sheet1.xml.rels";
        var rels = zip.GetEntry(sheetRels) is null
            ? """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"""
            : ReadEntry(zip, sheetRels);
        rels = rels.Replace("</Relationships>", """<Relationship Id="rIdSeal" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>""", StringComparison.Ordinal);
        WriteEntry(zip, sheetRels, rels);
        var sheet = ReadEntry(zip, "xl/worksheets/sheet1.xml");
        var drawing = """<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdSeal"/>""";
        sheet = sheet.Contains("<x:", StringComparison.Ordinal)
            ? sheet.Replace("</x:worksheet>", drawing.Replace("<drawing", "<x:drawing", StringComparison.Ordinal) + "</x:worksheet>", StringComparison.Ordinal)
            : sheet.Replace("</worksheet>", drawing + "</worksheet>", StringComparison.Ordinal);
        WriteEntry(zip, "xl/worksheets/sheet1.xml", sheet);
        var types = ReadEntry(zip, "[Content_Types].xml");
        types = types.Replace("</Types>", """<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>""", StringComparison.Ordinal);
        WriteEntry(zip, "[Content_Types].xml", types);
    });

    /// <summary>The first bytes of a legacy Excel 97-2003 file: the OLE2 compound-file signature and a Workbook stream name.</summary>
    internal static byte[] LegacyXls()
    {
        var bytes = new byte[4096];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("Workbook").CopyTo(bytes, 1024);
        return bytes;
    }

    /// <summary>An OLE2 container holding an EncryptedPackage stream, as Excel writes a password-protected workbook.</summary>
    internal static byte[] EncryptedXlsx()
    {
        var bytes = LegacyXls();
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 2048);
        return bytes;
    }
}
