using HuXiao.Excel;
using NodaTime;

namespace HuXiao.Cli.Tests.Commands;

/// <summary><c>huxiao template --units FILE --period YYYY-MM -o DIR</c>: every unit's template of the month.</summary>
public class TemplateCommandTests
{
    private const string Units = """
        {"code":"410100","name":"郑州市公安局","children":[
          {"code":"410102","name":"中原分局","aliases":["中原区"]},
          {"code":"410103","name":"二七<分局>/东","children":[{"code":"41010301","name":"某派出所"}]},
          {"code":"410104","name":"管城回族区分局"}]}
        """;

    [Fact]
    public void Every_unit_below_the_root_gets_its_months_template_named_by_code_name_and_month()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("units.json"), Units);
        var run = HuxiaoProcess.Run(dir.Path, "template", "--units", "units.json", "--period", "2017-06", "-o", "templates");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4 blank forms for 2017-06", run.Out);

        var files = Directory.GetFiles(dir.File("templates")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal<string>(["410102-中原分局-2017-06.xlsx", "410103-二七_分局__东-2017-06.xlsx", "41010301-某派出所-2017-06.xlsx", "410104-管城回族区分局-2017-06.xlsx"], files);

        // Each names its own unit and month, printed and in its properties, whatever its file is called.
        var reader = new ExcelFormReader();
        foreach (var (file, code, name) in new[] { ("410102-中原分局-2017-06.xlsx", "410102", "中原分局"), ("410103-二七_分局__东-2017-06.xlsx", "410103", "二七<分局>/东"), ("41010301-某派出所-2017-06.xlsx", "41010301", "某派出所") })
        {
            var read = reader.ReadFile(Path.Combine(dir.File("templates"), file));
            Assert.Equal(code, read.Unit?.Code);
            Assert.Equal(name, read.Unit?.Name);
            Assert.Equal(new YearMonth(2017, 6), read.Period);
        }
    }

    [Fact]
    public void A_template_from_the_batch_validates_with_the_unit_list()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("units.json"), Units);
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "template", "--units", "units.json", "--period", "2017-06", "-o", "t").ExitCode);
        var run = HuxiaoProcess.Run(dir.Path, "validate", Path.Combine("t", "410102-中原分局-2017-06.xlsx"), "--units", "units.json", "--period", "2017-06");
        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData("--units", "units.json", "-o", "t")]
    [InlineData("--units", "units.json", "--period", "2017-06", "-o", "t.xlsx")]
    [InlineData("--units", "units.json", "--period", "2017-06", "-o", "t", "--unit-code", "410102")]
    [InlineData("--units", "nofile.json", "--period", "2017-06", "-o", "t")]
    [InlineData("--units", "root-only.json", "--period", "2017-06", "-o", "t")]
    [InlineData("--units", "units.json", "--period", "2017-13", "-o", "t")]
    public void Unusable_options_exit_2_saying_what_to_give(params string[] args)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("units.json"), Units);
        File.WriteAllText(dir.File("root-only.json"), """{"code":"410100","name":"郑州市公安局"}""");
        var run = HuxiaoProcess.Run(dir.Path, ["template", .. args]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("huxiao template: ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("t")) && Directory.EnumerateFileSystemEntries(dir.File("t")).Any());
    }

    [Fact]
    public void The_help_names_both_forms_of_the_verb()
    {
        var run = HuxiaoProcess.Run(Path.GetTempPath(), "template", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("template -o FILE.xlsx [--unit-code C --unit-name N --period YYYY-MM]", run.Out);
        Assert.Contains("template --units FILE --period YYYY-MM -o DIR", run.Out);
    }
}
