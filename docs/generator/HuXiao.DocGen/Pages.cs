using System.Reflection;
using System.Text;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.DocGen;

/// <summary>The generated pages. Bilingual like the rest of the site: Chinese first, English beside it.</summary>
internal static class Pages
{
    internal static string Indicators(IEnumerable<Assembly> assemblies)
    {
        var md = Start("指标参考 · Indicator reference");
        md.AppendLine("每个内置报表的全部指标，按表上顺序排列。代码（如 `A01`）是 JSON 交换格式和 `MonthlyReport` 使用的稳定代码；名称与表上印刷的完全一致。");
        md.AppendLine();
        md.AppendLine("Every indicator of every built-in form, in form order. The code (such as `A01`) is the stable code the JSON interchange");
        md.AppendLine("format and `MonthlyReport` use; the label is exactly as printed on the form.");
        md.AppendLine();
        md.AppendLine("| 类型 Kind | 含义 Meaning |");
        md.AppendLine("|---|---|");
        foreach (var kind in Enum.GetValues<IndicatorKind>())
        {
            md.AppendLine($"| {KindText(kind)} | {Markdown.Cell(Catalogue.Summary(typeof(IndicatorKind).GetField(kind.ToString())!))} |");
        }

        foreach (var (property, schema) in Catalogue.BuiltInSchemas(assemblies))
        {
            md.AppendLine();
            md.AppendLine($"## {schema.Id} v{schema.Version}: {schema.Title}");
            md.AppendLine();
            md.AppendLine($"{Markdown.Xref(Uid(property), $"{property.DeclaringType!.Name}.{property.Name}")}: {schema.Count} 项指标，{schema.Tables.Count} 张表 · {schema.Count} indicators in {schema.Tables.Count} tables.");
            foreach (var paragraph in Catalogue.Remarks(property))
            {
                md.AppendLine();
                md.AppendLine(paragraph);
            }
            foreach (var table in schema.Tables)
            {
                md.AppendLine();
                md.AppendLine($"### 表 {table.Code} · Table {table.Code}: {table.Title}");
                md.AppendLine();
                md.AppendLine("| 代码 Code | 名称 Label | English name | 分组 Group | 表 Table | 单位 Unit | 类型 Kind |");
                md.AppendLine("|---|---|---|---|---|---|---|");
                foreach (var i in table.Indicators)
                {
                    var group = i.Group ?? "—（表上未印分组 none printed）";
                    md.AppendLine($"| `{i.Code}` | {Markdown.Cell(i.Label)} | {Markdown.Cell(i.Name)} | {Markdown.Cell(group)} | {i.Table} | {i.Unit.Symbol} ({i.Unit.EnglishName}) | {KindText(i.Kind)} |");
                }
            }
        }

        return md.ToString();
    }

    internal static string ConsistencyRules(IEnumerable<Assembly> assemblies)
    {
        var md = Start("一致性规则 · Consistency rules");
        md.AppendLine("每个内置报表自带的一致性规则。`RuleSet.For(schema)` 包含全部规则；用 `Without(\"代码\")` 关闭某条规则，用 `With(rule)` 增加或替换规则。");
        md.AppendLine("“错误”使报表不通过（`ValidationResult.IsValid` 为 false），“警告”只提示。需要上月报表的规则仅在传入上月报表时检查。");
        md.AppendLine();
        md.AppendLine("The consistency rules defined with every built-in form. `RuleSet.For(schema)` holds them all; switch one off with");
        md.AppendLine("`Without(\"code\")`, add or replace one with `With(rule)`. An error makes the report invalid (`ValidationResult.IsValid` is");
        md.AppendLine("false); a warning only points something out. A rule that needs last month's report runs only when one is given.");
        foreach (var (property, schema) in Catalogue.BuiltInSchemas(assemblies))
        {
            md.AppendLine();
            md.AppendLine($"## {schema.Id} v{schema.Version}: {schema.Title}");
            md.AppendLine();
            md.AppendLine($"{Markdown.Xref(Uid(property), $"{property.DeclaringType!.Name}.{property.Name}")}: {schema.Rules.Count} 条规则 · {schema.Rules.Count} rules.");
            md.AppendLine();
            md.AppendLine("| 代码 Code | 级别 Severity | 规则 Rule | Rule (English) | 指标 Indicators | 需上月报表 Needs last month | 实现 Implementation |");
            md.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var rule in schema.Rules)
            {
                var severity = rule.Severity == FindingSeverity.Error ? "错误 error" : "警告 warning";
                var previous = rule.NeedsPrevious ? "是 yes" : "否 no";
                var type = rule.GetType();
                md.AppendLine($"| `{rule.Code}` | {severity} | {Markdown.Cell(rule.Title)} | {Markdown.Cell(rule.EnglishTitle)} | {Markdown.Cell(IndicatorsText(schema, rule))} | {previous} | {Markdown.Xref(type.FullName!, type.Name)} |");
            }
        }

        return md.ToString();
    }

    internal static string ComplianceRules()
    {
        var catalogue = HuXiao.Compliance.RuleCatalogue.CreateDefault();
        var md = Start("合规规则目录 · Compliance rule catalogue");
        md.AppendLine($"`RuleCatalogue.CreateDefault()` 中的全部 {catalogue.Rules.Count} 条内置规则：郑公通〔2017〕66号的目标和规范。每条规则有稳定的 id、");
        md.AppendLine("依据的条款（source）、截止日期及其来源（due）、判断的对象（月报 report 或校园台账 register）和参数；参数的每个取值都注明出处，");
        md.AppendLine("原文没有给出的取值标为“setting”（设置）或“ASSUMED”（假定），可以替换。用法见[合规检查](../articles/compliance.md)。");
        md.AppendLine();
        md.AppendLine($"All {catalogue.Rules.Count} built-in rules of `RuleCatalogue.CreateDefault()`: the targets and norms of 郑公通〔2017〕66号. Each rule");
        md.AppendLine("has a stable id, the clause it comes from (source), a due date and where that date comes from (due), what it judges (a monthly");
        md.AppendLine("report or a campus register) and its parameters; every parameter value names its source, and a value the source does not");
        md.AppendLine("give is marked \"setting\" or \"ASSUMED\" and can be replaced. How to use them: [compliance checks](../articles/compliance.md).");
        md.AppendLine();
        md.AppendLine("| 列 Column | 含义 Meaning |");
        md.AppendLine("|---|---|");
        md.AppendLine("| id | 规则的稳定代码，用于 `Find`、`Disable`、`Configure` 和命令行 JSON 的 `rule` · the rule's stable id, for `Find`, `Disable`, `Configure` and the `rule` field of the CLI's JSON |");
        md.AppendLine("| source | 方案中的条款：`二(一)4` 是“二、主要措施”第（一）项的第四项（“四要”），`前言` 是方案正文前的开头一段，`通知` 是印发通知，`附件` 是报表 · the clause of the plan: `二(一)4` is item 四要 of measure (一) of 二、主要措施; `前言` the plan's opening paragraph, `通知` the covering notice, `附件` the form |");
        md.AppendLine("| due | 截止日期（括号内为出处）；在此日期及之前为 not-due · the due date (its source in brackets); on or before it a finding is not-due |");
        md.AppendLine("| judges | `report` 月报，`register` 校园台账 · a monthly report, a campus register |");
        md.AppendLine("| on | 默认是否启用 · enabled by default |");
        md.AppendLine();
        md.AppendLine("各规则的类型和参数属性见 API 参考 <xref:HuXiao.Compliance.RuleCatalogue>。 · The rule types and their parameter properties are in the API");
        md.AppendLine("reference, <xref:HuXiao.Compliance.RuleCatalogue>.");
        md.AppendLine();
        md.Append(catalogue.ToMarkdown().Replace("\r\n", "\n"));
        return md.ToString().Replace("\r\n", "\n");
    }

    internal static string ErrorCodes(IEnumerable<Assembly> assemblies)
    {
        var constants = Catalogue.ErrorCodeConstants(assemblies);
        var duplicate = constants.GroupBy(f => (string)f.GetRawConstantValue()!).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Error code {duplicate.Key} is defined twice ({string.Join(", ", duplicate.Select(f => $"{f.DeclaringType!.FullName}.{f.Name}"))}); codes are never reused.");
        }

        // Included into docs/articles/errors.md, which says how to act on the codes.
        var md = new StringBuilder();
        md.AppendLine(Markdown.Banner);
        md.AppendLine();
        md.AppendLine("| 代码 Code | 常量 Constant | 程序包 Package | 含义 Meaning |");
        md.AppendLine("|---|---|---|---|");
        foreach (var field in constants)
        {
            var code = (string)field.GetRawConstantValue()!;
            var name = $"{field.DeclaringType!.Name}.{field.Name}";
            md.AppendLine($"| `{code}` | {Markdown.Xref(Uid(field), name)} | {field.Module.Assembly.GetName().Name} | {Markdown.Cell(Catalogue.Summary(field))} |");
        }

        return md.ToString();
    }

    internal static string CliUsage()
    {
        var original = Console.Out;
        var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            HuXiao.Cli.Program.Main(["help"]);
        }
        finally
        {
            Console.SetOut(original);
        }

        var md = new StringBuilder();
        md.AppendLine(Markdown.Banner);
        md.AppendLine();
        md.AppendLine("```text");
        md.AppendLine("$ huxiao help");
        md.AppendLine(captured.ToString().Replace("\r\n", "\n").TrimEnd());
        md.AppendLine("```");
        return md.ToString().Replace("\r\n", "\n");
    }

    private static StringBuilder Start(string title)
    {
        var md = new StringBuilder();
        md.AppendLine(Markdown.Banner);
        md.AppendLine();
        md.AppendLine($"# {title}");
        md.AppendLine();
        return md;
    }

    private static string KindText(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Stock => "存量 stock",
        IndicatorKind.Flow => "流量 flow",
        _ => kind.ToString(),
    };

    /// <summary>The indicators a rule reads, said briefly: its pairs, or "all", or the codes.</summary>
    private static string IndicatorsText(ReportSchema schema, ConsistencyRule rule)
    {
        if (rule is AtMostRule atMost)
        {
            return string.Join(", ", atMost.Pairs.Select(p => $"{p.Lesser} ≤ {p.Greater}"));
        }

        var codes = rule.Indicators.ToHashSet(StringComparer.Ordinal);
        if (codes.SetEquals(schema.Indicators.Select(i => i.Code)))
        {
            return $"全部 all {codes.Count}";
        }

        if (codes.SetEquals(schema.Indicators.Where(i => i.Kind == IndicatorKind.Stock).Select(i => i.Code)))
        {
            return $"全部存量 all stocks ({codes.Count})";
        }

        if (rule is SumEqualsRule && rule.Indicators.Count > 1)
        {
            return $"{string.Join(" + ", rule.Indicators.Skip(1))} = {rule.Indicators[0]}";
        }

        return string.Join(", ", rule.Indicators);
    }

    private static string Uid(MemberInfo member) => $"{member.DeclaringType!.FullName}.{member.Name}";
}
