using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HuXiao.Cli.Tests.Commands;

/// <summary>
/// Reading units' workbooks from the command line: every problem of a file at once (text and JSON), declared unit
/// and month checked against the file, a unit list for printed names, and the sheet to read.
/// </summary>
public class FormReadOptionsTests
{
    private const string Form = """{"schema":"zhengzhou-2017","unit":{"code":"410102","name":"中原区"},"period":"2017-05","new":{"A01":70,"A02":63,"A03":8},"total":{"A01":120,"A02":80,"A03":40}}""";

    private static string Workbook(TempDirectory dir, string name, string json = Form)
    {
        File.WriteAllText(dir.File(name + ".json"), json);
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "convert", name + ".json", name + ".xlsx").ExitCode);
        return name + ".xlsx";
    }

    /// <summary>Edits the form sheet's XML (and optionally the package) of a written workbook in place.</summary>
    private static void Edit(TempDirectory dir, string file, Func<string, string> sheet, Action<ZipArchive>? package = null)
    {
        using var zip = ZipFile.Open(dir.File(file), ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        string text;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }

        entry.Delete();
        using (var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false)))
        {
            writer.Write(sheet(text));
        }

        package?.Invoke(zip);
    }

    private static string Cell(string sheet, string address, string inlineText)
        => Regex.Replace(sheet, $"<x:c r=\"{address}\"[^>]*?(/>|>.*?</x:c>)", $"<x:c r=\"{address}\" t=\"inlineStr\"><x:is><x:t>{inlineText}</x:t></x:is></x:c>", RegexOptions.Singleline);

    private static JsonElement File0(JsonDocument doc) => doc.RootElement.GetProperty("files")[0];

    private static string[] Rules(JsonElement file) => file.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).ToArray();

    [Fact]
    public void Validate_lists_a_bad_cell_and_the_sum_error_it_does_not_hide_in_one_run()
    {
        using var dir = new TempDirectory();
        var file = Workbook(dir, "a");
        Edit(dir, file, s => Cell(s, "C8", "80所"));
        var run = HuxiaoProcess.Run(dir.Path, "validate", file, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var entry = File0(doc);
        Assert.Equal(["file", "findings", "refused", "unit", "period"], entry.EnumerateObject().Select(p => p.Name));
        Assert.False(entry.GetProperty("refused").GetBoolean());
        Assert.Equal("410102", entry.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal("2017-05", entry.GetProperty("period").GetString());
        Assert.Contains("HX0415", Rules(entry));
        var sum = entry.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "urban-plus-rural" && f.GetProperty("severity").GetString() == "error");
        Assert.EndsWith("!B7", sum.GetProperty("location").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_prints_every_problem_of_a_refused_workbook_in_text_and_json_and_exits_2()
    {
        using var dir = new TempDirectory();
        var file = Workbook(dir, "a");
        Edit(dir, file, s => Cell(Cell(s, "A2", "填表单位：金水区"), "C8", "80所"));

        var text = HuxiaoProcess.Run(dir.Path, "validate", file);
        Assert.Equal(2, text.ExitCode);
        Assert.Contains(file, text.Error, StringComparison.Ordinal);
        Assert.Contains("HX0422", text.Out, StringComparison.Ordinal);
        Assert.Contains("HX0415", text.Out, StringComparison.Ordinal);
        Assert.Contains("refused", text.Out, StringComparison.Ordinal);

        var json = HuxiaoProcess.Run(dir.Path, "validate", file, "--format", "json");
        Assert.Equal(2, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Out);
        var entry = File0(doc);
        Assert.True(entry.GetProperty("refused").GetBoolean());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("unit").ValueKind);
        Assert.Equal(["HX0422", "HX0415"], Rules(entry));
    }

    [Fact]
    public void A_declared_unit_or_month_the_file_contradicts_is_refused_naming_both()
    {
        using var dir = new TempDirectory();
        var file = Workbook(dir, "a");
        var unit = HuxiaoProcess.Run(dir.Path, "validate", file, "--unit-code", "410105", "--format", "json");
        Assert.Equal(2, unit.ExitCode);
        using (var doc = JsonDocument.Parse(unit.Out))
        {
            var problem = File0(doc).GetProperty("findings")[0];
            Assert.Equal("HX0422", problem.GetProperty("rule").GetString());
            Assert.Contains("410105", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, "validate", "a.json", "--period", "2017-06").ExitCode);
        Assert.Equal(1, HuxiaoProcess.Run(dir.Path, "validate", file, "--unit-name", "中原区", "--period", "2017-05").ExitCode); // agrees: only the sum error
        var agg = HuxiaoProcess.Run(dir.Path, "aggregate", "a.json", "--unit-code", "410100", "--unit-name", "郑州市", "--period", "2017-06", "-o", "city.json");
        Assert.Equal(2, agg.ExitCode);
        Assert.Contains("HX0422", agg.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_properties_a_unit_list_names_the_printed_unit_and_the_declared_unit_settles_an_unknown_name()
    {
        using var dir = new TempDirectory();
        var file = Workbook(dir, "a");
        Edit(dir, file, s => Cell(s, "A2", "填表单位：城关所"), zip => zip.GetEntry("docProps/custom.xml")!.Delete());
        File.WriteAllText(dir.File("units.json"), """{"code":"4101","name":"某市公安局","children":[{"code":"410199","name":"城关派出所","aliases":["城关所"]}]}""");

        var unknown = HuxiaoProcess.Run(dir.Path, "validate", file, "--format", "json");
        Assert.Equal(2, unknown.ExitCode);
        using (var doc = JsonDocument.Parse(unknown.Out))
        {
            Assert.Contains("HX0423", Rules(File0(doc)));
        }

        var listed = HuxiaoProcess.Run(dir.Path, "validate", file, "--units", "units.json", "--format", "json");
        Assert.Equal(1, listed.ExitCode);
        using (var doc = JsonDocument.Parse(listed.Out))
        {
            Assert.Equal("410199", File0(doc).GetProperty("unit").GetProperty("code").GetString());
            Assert.Equal("2017-05", File0(doc).GetProperty("period").GetString());
        }

        var declared = HuxiaoProcess.Run(dir.Path, "convert", file, "back.json", "--unit-code", "410102", "--unit-name", "城关所");
        Assert.Equal(0, declared.ExitCode);
        Assert.Contains("\"410102\"", File.ReadAllText(dir.File("back.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_with_two_forms_is_refused_naming_both_and_reads_with_sheet()
    {
        using var dir = new TempDirectory();
        var file = Workbook(dir, "a");
        Edit(dir, file, s => s, zip =>
        {
            string Read(string name)
            {
                using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
                return reader.ReadToEnd();
            }

            void Write(string name, string text)
            {
                zip.GetEntry(name)?.Delete();
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            Write("xl/worksheets/sheet3.xml", Read("xl/worksheets/sheet1.xml"));
            Write("xl/_rels/workbook.xml.rels", Read("xl/_rels/workbook.xml.rels").Replace("</Relationships>", "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet3.xml\" Id=\"rIdCopy\" /></Relationships>", StringComparison.Ordinal));
            Write("xl/workbook.xml", Read("xl/workbook.xml").Replace("</x:sheets>", "<x:sheet name=\"副本\" sheetId=\"9\" r:id=\"rIdCopy\" /></x:sheets>", StringComparison.Ordinal));
        });

        var twice = HuxiaoProcess.Run(dir.Path, "validate", file, "--format", "json");
        Assert.Equal(2, twice.ExitCode);
        using (var doc = JsonDocument.Parse(twice.Out))
        {
            var problem = File0(doc).GetProperty("findings")[0];
            Assert.Equal("HX0407", problem.GetProperty("rule").GetString());
            Assert.Contains("副本!B6", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(1, HuxiaoProcess.Run(dir.Path, "validate", file, "--sheet", "副本").ExitCode);
    }

    [Theory]
    [InlineData("aggregate", "--unit-code", "410100", "--unit-name", "郑州市", "-o", "city.json")]
    [InlineData("check", "--as-of", "2017-06-05")]
    [InlineData("brief", "--as-of", "2017-06-05", "-o", "b.html")]
    public void The_month_verbs_list_every_problem_of_a_refused_form_and_go_on(params string[] options)
    {
        using var dir = new TempDirectory();
        var file = Workbook(dir, "a");
        Edit(dir, file, s => Cell(Cell(s, "C8", "80所"), "D7", "十二"));
        var run = HuxiaoProcess.Run(dir.Path, [options[0], file, "--period", "2017-05", .. options[1..]]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("报送有误 refused: 410102", run.Error, StringComparison.Ordinal);
        Assert.Contains("!C8", run.Error, StringComparison.Ordinal);
        Assert.Contains("!D7", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_and_check_print_every_problem_of_a_file()
    {
        using var dir = new TempDirectory();
        var file = Workbook(dir, "a");
        Edit(dir, file, s => Cell(Cell(s, "C8", "80所"), "D7", "十二"));
        var convert = HuxiaoProcess.Run(dir.Path, "convert", file, "out.json");
        Assert.Equal(2, convert.ExitCode);
        Assert.Contains("!C8", convert.Error, StringComparison.Ordinal);
        Assert.Contains("!D7", convert.Error, StringComparison.Ordinal);

        var refused = Workbook(dir, "b");
        Edit(dir, refused, s => Cell(Cell(s, "P2", "统计月份：2017年6月"), "D7", "十二"));
        var check = HuxiaoProcess.Run(dir.Path, "check", refused, "--as-of", "2017-06-05");
        Assert.Equal(2, check.ExitCode);
        Assert.Contains("[HX0422]", check.Error, StringComparison.Ordinal);
        Assert.Contains("[HX0415]", check.Error, StringComparison.Ordinal);

        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, "check", "b.json", "--as-of", "2017-06-05", "--period", "2017-04").ExitCode);
    }
}
