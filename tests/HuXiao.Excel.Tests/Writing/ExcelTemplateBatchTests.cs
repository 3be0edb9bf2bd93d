using HuXiao.Excel.Stamping;
using HuXiao.Excel.Tests.Support;
using HuXiao.Excel.Writing;
using HuXiao.Reporting;
using HuXiao.TestSupport;
using NodaTime;

namespace HuXiao.Excel.Tests.Writing;

/// <summary>A batch's template for a unit is the template the ClosedXML build makes for that unit and month.</summary>
public sealed class ExcelTemplateBatchTests
{
    private static readonly ReportSchema s_schema = ReportSchema.Zhengzhou2017;
    private static readonly YearMonth s_period = new(2017, 11);

    [Fact]
    public void Every_unit_of_the_Zhengzhou_hierarchy_gets_the_template_built_for_it()
    {
        var batch = new ExcelFormWriter().CreateTemplateBatch(s_period);
        var prototype = FormPrototype.Render(s_schema)!;
        var units = UnitHierarchy.Zhengzhou2017.Units.ToArray();
        Assert.True(units.Length > 10);
        foreach (var unit in units)
        {
            var content = new FormContent(s_schema, unit, s_period, null);
            Assert.NotNull(prototype.TryStamp(content));
            PackageParts.AssertSame(PackageParts.Built(content), batch.Write(unit));
        }
    }

    [Theory]
    [InlineData("410102", "中原<&>\"'分局")]
    [InlineData("0371", "9.")]
    [InlineData("A&B", "]]></x:t><x:t>注入")]
    [InlineData("410103", "中间  两个空格")]
    [InlineData("410104", "全角\u3000空格")]
    [InlineData("410106", "1e5")]
    public void Names_that_need_escaping_are_stamped_as_built(string code, string name)
    {
        var unit = new OrganisationUnit(code, name);
        var content = new FormContent(s_schema, unit, s_period, null);
        var stamped = FormPrototype.Render(s_schema)!.TryStamp(content);
        Assert.NotNull(stamped);
        PackageParts.AssertSame(PackageParts.Built(content), stamped);
        PackageParts.AssertSame(PackageParts.Built(content), new ExcelFormWriter().CreateTemplateBatch(s_period).Write(unit));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(5000)]
    public void A_long_name_is_stamped_as_built(int length)
    {
        const string pattern = "长名称<单位>&";
        var unit = new OrganisationUnit("410199", string.Concat(Enumerable.Range(0, length).Select(i => pattern[i % pattern.Length])));
        var content = new FormContent(s_schema, unit, s_period, null);
        PackageParts.AssertSame(PackageParts.Built(content), new ExcelFormWriter().CreateTemplateBatch(s_period).Write(unit));
    }

    [Fact]
    public void A_stamped_template_reads_back_as_the_built_one_through_ClosedXML_and_the_reader()
    {
        var unit = new OrganisationUnit("410102", "中原<&>分局");
        var built = PackageParts.Built(new FormContent(s_schema, unit, s_period, null));
        var stamped = new ExcelFormWriter().CreateTemplateBatch(s_period).Write(unit);
        Assert.Equal(PackageParts.Cells(built), PackageParts.Cells(stamped));

        var reader = new ExcelFormReader();
        var fromBuilt = reader.Read(built);
        var fromStamped = reader.Read(stamped);
        Assert.Equal(unit.Code, fromStamped.Unit?.Code);
        Assert.Equal(unit.Name, fromStamped.Unit?.Name);
        Assert.Equal(s_period, fromStamped.Period);
        Assert.Equal(fromBuilt.Problems.Select(p => p.ToString()), fromStamped.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task Every_way_of_writing_gives_the_same_file()
    {
        var unit = new OrganisationUnit("410102", "中原分局");
        var batch = new ExcelFormWriter().CreateTemplateBatch(s_period);
        Assert.Equal(s_schema, batch.Schema);
        Assert.Equal(s_period, batch.Period);
        var bytes = batch.Write(unit);

        using var stream = new MemoryStream();
        batch.Write(unit, stream);
        Assert.Equal(bytes, stream.ToArray());

        using var body = new AsyncOnlyStream();
        await batch.WriteAsync(unit, body);
        Assert.Equal(bytes, body.Written);

        var path = Path.Combine(Path.GetTempPath(), $"huxiao-batch-{Guid.NewGuid():N}.xlsx");
        try
        {
            batch.WriteToFile(unit, path);
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batch.WriteAsync(unit, new AsyncOnlyStream(), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void The_writers_template_and_the_batchs_are_the_same_file()
    {
        var unit = new OrganisationUnit("410102", "中原分局");
        var writer = new ExcelFormWriter();
        using var single = new MemoryStream();
        writer.WriteTemplate(single, unit, s_period);
        PackageParts.AssertSame(single.ToArray(), writer.CreateTemplateBatch(s_period).Write(unit));
    }
}
