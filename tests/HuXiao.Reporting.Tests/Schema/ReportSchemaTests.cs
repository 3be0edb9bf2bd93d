namespace HuXiao.Reporting.Tests.Schema;

public class ReportSchemaTests
{
    private static readonly ReportSchema Form = ReportSchema.Zhengzhou2017;

    [Fact]
    public void Builtin_form_is_zhengzhou_2017_version_1_with_46_indicators_in_three_tables()
    {
        Assert.Equal("zhengzhou-2017", Form.Id);
        Assert.Equal(1, Form.Version);
        Assert.Equal(46, Form.Count);
        Assert.Equal(["A", "B", "C"], Form.Tables.Select(t => t.Code));
        Assert.Equal([19, 19, 8], Form.Tables.Select(t => t.Indicators.Count));
    }

    [Fact]
    public void Codes_run_A01_to_C08_in_form_order_and_ordinals_index_them()
    {
        var expected = Enumerable.Range(1, 19).Select(i => $"A{i:00}")
            .Concat(Enumerable.Range(1, 19).Select(i => $"B{i:00}"))
            .Concat(Enumerable.Range(1, 8).Select(i => $"C{i:00}"));
        Assert.Equal(expected, Form.Indicators.Select(i => i.Code));
        Assert.All(Form.Indicators, (indicator, n) => Assert.Equal(n, indicator.Ordinal));
    }

    [Theory]
    [InlineData("A01", "全部校园数", "所", IndicatorKind.Stock, "全部校园数")]
    [InlineData("A06", "配备专(兼)职治安保卫人员", "人", IndicatorKind.Stock, "人防建设")]
    [InlineData("A09", "配备安全叉等防护装备数", "件", IndicatorKind.Stock, "物防设施")]
    [InlineData("A15", "安装视频探头数", "个", IndicatorKind.Stock, "视频监控设施")]
    [InlineData("A18", "国家标准已达标的校园数", "所", IndicatorKind.Stock, null)]
    [InlineData("A19", "安装一键式报警装置并与公安机关联网校园数", "所", IndicatorKind.Stock, null)]
    [InlineData("B04", "其中重性精神病人", "人", IndicatorKind.Flow, "高危人员管控")]
    [InlineData("B09", "选派法制副校长(辅导员)", "人", IndicatorKind.Stock, "法制安全教育")]
    [InlineData("B11", "参与巡逻值守活动", "人次", IndicatorKind.Flow, "农村学校群防群治")]
    [InlineData("B15", "设立“护校岗”学校数", "所", IndicatorKind.Stock, "城市学校周边巡逻防控")]
    [InlineData("B16", "校园周边每日巡逻警力", "人次", IndicatorKind.Flow, "城市学校周边巡逻防控")]
    [InlineData("B19", "抓获违法犯罪嫌疑人", "人", IndicatorKind.Flow, "打击涉校违法犯罪")]
    [InlineData("C05", "排查校园周边治安乱点", "处", IndicatorKind.Flow, "排查整改隐患")]
    [InlineData("C08", "问责人员", "人", IndicatorKind.Flow, "督导问责")]
    public void Indicators_carry_the_printed_label_unit_kind_and_group(string code, string label, string unit, IndicatorKind kind, string? group)
    {
        var indicator = Form[code];
        Assert.Equal(label, indicator.Label);
        Assert.Equal(unit, indicator.Unit.Symbol);
        Assert.Equal(kind, indicator.Kind);
        Assert.Equal(group, indicator.Group);
        Assert.Equal(code[..1], indicator.Table);
    }

    [Fact]
    public void Stocks_are_table_A_and_B09_B10_B12_to_B15_everything_else_is_a_flow()
    {
        var stocks = Form.Indicators.Where(i => i.Kind == IndicatorKind.Stock).Select(i => i.Code).ToHashSet();
        var expected = Enumerable.Range(1, 19).Select(i => $"A{i:00}").Concat(["B09", "B10", "B12", "B13", "B14", "B15"]).ToHashSet();
        Assert.Equal(expected, stocks);
    }

    [Fact]
    public void Every_indicator_has_an_english_name()
        => Assert.All(Form.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.Name)));

    [Fact]
    public void Unknown_code_lookup_names_the_code_and_the_range()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Form["A20"]);
        Assert.Contains("A20", e.Message);
        Assert.Contains("A01–C08", e.Message);
        Assert.False(Form.TryGetIndicator("a01", out _));
        Assert.False(Form.TryGetIndicator(null, out _));
    }

    [Fact]
    public void Builder_defines_another_form_with_its_own_codes_groups_and_rules()
    {
        var schema = ReportSchema.CreateBuilder("hangzhou-2019", 2)
            .WithTitle("平安校园月报")
            .AddUnit(MeasureUnit.Define("台", "machines"))
            .AddTable("X", "设备")
            .AddIndicator("X1", "校园数", "campuses", null, "所", IndicatorKind.Stock)
            .AddIndicator("X2", "安检门", "security gates", "安检", "台", IndicatorKind.Stock)
            .AddRule(new HuXiao.Reporting.Validation.Rules.AtMostRule("gates", HuXiao.Reporting.FindingSeverity.Warning, [("X1", "X2")], [ReportRow.Total], "每校至少一台", "one gate per campus"))
            .Build();

        Assert.Equal("hangzhou-2019 v2", schema.ToString());
        Assert.Equal("台", schema["X2"].Unit.Symbol);
        Assert.Equal("gates", Assert.Single(schema.Rules).Code);
        Assert.False(schema.IsSameForm(Form));
    }

    [Fact]
    public void Builder_refuses_duplicate_codes()
    {
        var e = Assert.Throws<SchemaDefinitionException>(() => ReportSchema.CreateBuilder("dup-form")
            .AddTable("A", "t")
            .AddIndicator("A01", "一", "one", null, "所", IndicatorKind.Stock)
            .AddIndicator("A01", "二", "two", null, "所", IndicatorKind.Stock)
            .Build());
        Assert.Equal(ErrorCodes.SchemaDefinition, e.Code);
        Assert.Contains(e.Problems, p => p.Contains("'A01' is defined twice"));
    }

    [Fact]
    public void Builder_refuses_an_empty_table_and_an_unknown_unit_listing_both()
    {
        var e = Assert.Throws<SchemaDefinitionException>(() => ReportSchema.CreateBuilder("bad-form")
            .AddTable("A", "t")
            .AddIndicator("A01", "一", "one", null, "吨", IndicatorKind.Stock)
            .AddTable("B", "empty")
            .Build());
        Assert.Equal(2, e.Problems.Count);
        Assert.Contains(e.Problems, p => p.Contains("Table 'B' is empty"));
        Assert.Contains(e.Problems, p => p.Contains("unknown unit '吨'"));
    }

    [Fact]
    public void Builder_refuses_no_table_and_a_rule_on_an_unknown_indicator()
    {
        Assert.Contains("no table", Assert.Throws<SchemaDefinitionException>(() => ReportSchema.CreateBuilder("none").Build()).Message);
        var e = Assert.Throws<SchemaDefinitionException>(() => ReportSchema.CreateBuilder("rule-form")
            .AddTable("A", "t")
            .AddIndicator("A01", "一", "one", null, "所", IndicatorKind.Stock)
            .AddRule(new HuXiao.Reporting.Validation.Rules.StockDecreaseRule(["A09"]))
            .Build());
        Assert.Contains("'A09'", Assert.Single(e.Problems));
    }

    [Fact]
    public void Builder_refuses_indicator_before_table_and_malformed_ids()
    {
        Assert.Throws<InvalidOperationException>(() => ReportSchema.CreateBuilder("x").AddIndicator("A01", "一", "one", null, "所", IndicatorKind.Stock));
        Assert.Throws<ArgumentException>(() => ReportSchema.CreateBuilder("Bad Id"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportSchema.CreateBuilder("ok", 0));
    }
}
