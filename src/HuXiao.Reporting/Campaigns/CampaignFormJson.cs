using System.Text.Json;
using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting;

/// <summary>
/// Reads the reporting parts of a campaign definition document: <c>"form"</c> (the report schema, or the id of a
/// built-in one), <c>"consistencyRules"</c> and <c>"units"</c> (the reporting hierarchy). Every problem is recorded
/// with its JSON path; nothing is thrown for a bad document. The calendar package reads the other keys.
/// </summary>
public static class CampaignFormJson
{
    /// <summary>The rules that take no parameter but the form itself, switched on by their id.</summary>
    private static readonly string[] s_switchedOn = ["non-negative", "total-chain", "stock-decrease", "blank-cell", "case-details-required"];

    /// <summary>The ids of the campaigns whose whole definition documents are embedded in this package.</summary>
    public static IReadOnlyList<string> BuiltInIds { get; } = [BuiltInCampaign.Zhengzhou2017Id];

    /// <summary>
    /// The whole definition document of a built-in campaign, as embedded: the single source of its form, consistency
    /// rules, units, calendar and targets. Write it to a file to start a campaign of your own from it.
    /// </summary>
    /// <param name="id">A built-in campaign id, one of <see cref="BuiltInIds"/>.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="KeyNotFoundException">There is no built-in campaign of that id.</exception>
    public static string BuiltInDefinition(string id)
        => string.Equals(id, BuiltInCampaign.Zhengzhou2017Id, StringComparison.Ordinal)
            ? BuiltInCampaign.Zhengzhou2017Json
            : throw new KeyNotFoundException($"There is no built-in campaign '{id}'; the built-in campaigns are: {string.Join(", ", BuiltInIds)}.");

    /// <summary>
    /// Reads <c>"form"</c> and <c>"consistencyRules"</c> of a campaign document. <c>"form"</c> is an object, or the
    /// id of a built-in form (<c>"zhengzhou-2017"</c>); with a built-in id and no <c>"consistencyRules"</c> the
    /// built-in form's rules apply. An object form without <c>"consistencyRules"</c> has no rules.
    /// </summary>
    /// <param name="campaign">The document's root object.</param>
    /// <param name="problems">Receives every problem found, each with its JSON path.</param>
    /// <returns>The schema, or <see langword="null"/> when the document has no <c>"form"</c> or it has problems.</returns>
    public static ReportSchema? ReadForm(JsonElement campaign, ICollection<DefinitionProblem> problems)
    {
        Preconditions.CheckNotNull(problems);
        var json = new DefinitionJson(problems);
        if (!json.TryGet(campaign, "form", out var form))
        {
            return null;
        }

        if (form.ValueKind == JsonValueKind.String)
        {
            var id = form.GetString();
            if (!string.Equals(id, BuiltInCampaign.Zhengzhou2017Id, StringComparison.Ordinal))
            {
                json.Invalid("$.form", $"内置报表 '{id}' 不存在；可用：{BuiltInCampaign.Zhengzhou2017Id}。", $"names built-in form '{id}', which does not exist; the built-in forms are: {BuiltInCampaign.Zhengzhou2017Id}. Or give the form as an object.");
                return null;
            }

            var builtIn = ReportSchema.Zhengzhou2017;
            return json.TryGet(campaign, "consistencyRules", out _) ? ReadSchema(json, campaign, BuiltInCampaign.FormElement) : builtIn;
        }

        if (form.ValueKind != JsonValueKind.Object)
        {
            json.Invalid("$.form", "应为报表对象或内置报表的 id。", "must be a form object or the id of a built-in form.");
            return null;
        }

        return ReadSchema(json, campaign, form);
    }

    /// <summary>Reads <c>"units"</c>, the reporting hierarchy, of a campaign document.</summary>
    /// <param name="campaign">The document's root object.</param>
    /// <param name="problems">Receives every problem found, each with its JSON path.</param>
    /// <returns>The hierarchy, or <see langword="null"/> when the document has no <c>"units"</c> or they have problems.</returns>
    public static UnitHierarchy? ReadUnits(JsonElement campaign, ICollection<DefinitionProblem> problems)
    {
        Preconditions.CheckNotNull(problems);
        var json = new DefinitionJson(problems);
        if (json.Object(campaign, "units", "$", required: false) is not { } units)
        {
            return null;
        }

        var before = json.Count;
        var codes = new List<(string, string)>();
        CollectUnits(json, units, "$.units", codes, 0);
        json.Unique(codes, "单位代码 / unit code");
        if (json.Count > before)
        {
            return null;
        }

        try
        {
            return UnitHierarchyJson.Parse(units.GetRawText());
        }
        catch (ReportingException exception)
        {
            json.Fail(CampaignErrorCodes.UnitDefinition, "$.units", "单位层级无法读取：", exception.Message);
            return null;
        }
    }

    private static void CollectUnits(DefinitionJson json, JsonElement unit, string path, List<(string, string)> codes, int depth)
    {
        if (depth > 32)
        {
            json.Fail(CampaignErrorCodes.UnitDefinition, path, "单位层级超过 32 层。", "nests more than 32 levels of units.");
            return;
        }

        if (json.String(unit, "code", path) is { } code)
        {
            codes.Add((code, path + ".code"));
        }

        json.String(unit, "name", path);
        foreach (var (child, childPath) in json.Objects(unit, "children", path, required: false))
        {
            CollectUnits(json, child, childPath, codes, depth + 1);
        }
    }

    private static ReportSchema? ReadSchema(DefinitionJson json, JsonElement campaign, JsonElement form)
    {
        var before = json.Count;
        var id = json.String(form, "id", "$.form");
        var version = json.Int(form, "version", "$.form", required: false) ?? 1;
        var title = json.String(form, "title", "$.form");
        var tables = json.Objects(form, "tables", "$.form");
        if (json.TryGet(form, "tables", out var tablesElement) && tablesElement.ValueKind == JsonValueKind.Array && tablesElement.GetArrayLength() == 0)
        {
            json.Fail(CampaignErrorCodes.EmptyForm, "$.form.tables", "报表没有任何表。", "is empty: a form needs at least one table of indicators.");
        }

        var builder = id is null ? null : TryCreate(json, id, version);
        builder?.WithTitle(title ?? "-");
        var tableCodes = new List<(string, string)>();
        var indicatorCodes = new List<(string, string)>();
        var kinds = new Dictionary<string, IndicatorKind>(StringComparer.Ordinal);
        foreach (var (table, tablePath) in tables)
        {
            var code = json.String(table, "code", tablePath);
            var name = json.String(table, "name", tablePath);
            if (code is not null)
            {
                tableCodes.Add((code, tablePath + ".code"));
            }

            var indicators = json.Objects(table, "indicators", tablePath);
            if (json.TryGet(table, "indicators", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() == 0)
            {
                json.Fail(CampaignErrorCodes.EmptyForm, tablePath + ".indicators", "表中没有任何指标。", "is empty: a table needs at least one indicator.");
            }

            builder?.AddTable(code ?? "-", name ?? "-");
            foreach (var (indicator, path) in indicators)
            {
                var indicatorCode = json.String(indicator, "code", path);
                var label = json.String(indicator, "label", path);
                var englishName = json.String(indicator, "name", path);
                var group = json.String(indicator, "group", path, required: false);
                var unit = json.String(indicator, "unit", path);
                var kindText = json.String(indicator, "kind", path);
                var lowerRowOnly = json.Bool(indicator, "labelInLowerRowOnly", path) ?? false;
                var kind = kindText switch
                {
                    "stock" => IndicatorKind.Stock,
                    "flow" => IndicatorKind.Flow,
                    null => (IndicatorKind?)null,
                    _ => Unknown(json, path + ".kind", kindText, "stock, flow") ?? null,
                };
                if (unit is not null && !MeasureUnit.Standard.Any(u => u.Symbol == unit))
                {
                    json.Invalid(path + ".unit", $"计量单位 '{unit}' 未知；可用：{string.Join(" ", MeasureUnit.Standard.Select(u => u.Symbol))}。", $"'{unit}' is not a known unit of measure; use one of {string.Join(" ", MeasureUnit.Standard.Select(u => u.Symbol))}.");
                }

                if (indicatorCode is not null)
                {
                    indicatorCodes.Add((indicatorCode, path + ".code"));
                    if (kind is { } k)
                    {
                        kinds[indicatorCode] = k;
                    }
                }

                if (indicatorCode is not null && label is not null && englishName is not null && unit is not null && kind is not null)
                {
                    builder?.AddIndicator(indicatorCode, label, englishName, group, unit, kind.Value, lowerRowOnly);
                }
            }
        }

        json.Unique(tableCodes, "表代码 / table code");
        json.Unique(indicatorCodes, "指标代码 / indicator code");
        var known = indicatorCodes.Select(c => c.Item1).ToHashSet(StringComparer.Ordinal);
        var rules = ReadRules(json, campaign, known);
        if (json.Count > before || builder is null)
        {
            return null;
        }

        try
        {
            var indicatorsOnly = builder.Build().Indicators;
            foreach (var make in rules)
            {
                builder.AddRule(make(indicatorsOnly));
            }

            return builder.Build();
        }
        catch (SchemaDefinitionException exception)
        {
            foreach (var problem in exception.Problems)
            {
                json.Invalid("$.form", "报表定义被拒绝：", problem);
            }

            return null;
        }
    }

    private static ReportSchemaBuilder? TryCreate(DefinitionJson json, string id, int version)
    {
        try
        {
            return ReportSchema.CreateBuilder(id, version);
        }
        catch (ArgumentException exception)
        {
            json.Invalid("$.form", "报表 id 或版本无效：", exception.Message);
            return null;
        }
    }

    private static List<Func<IReadOnlyList<Indicator>, ConsistencyRule>> ReadRules(DefinitionJson json, JsonElement campaign, HashSet<string> known)
    {
        var made = new List<Func<IReadOnlyList<Indicator>, ConsistencyRule>>();
        var ids = new List<(string, string)>();
        foreach (var (rule, path) in json.Objects(campaign, "consistencyRules", "$", required: false))
        {
            var id = json.String(rule, "id", path);
            if (id is null)
            {
                continue;
            }

            ids.Add((id, path + ".id"));
            var kind = json.String(rule, "kind", path, required: false);
            if (kind is null)
            {
                if (ReadSwitchedOn(json, rule, path, id, known) is { } switchedOn)
                {
                    made.Add(switchedOn);
                }

                continue;
            }

            var title = json.Text(rule, "title", path);
            var severity = Severity(json, rule, path);
            var rows = Rows(json, rule, path, kind == "sum" ? [ReportRow.New, ReportRow.Total] : [ReportRow.Total]);
            switch (kind)
            {
                case "sum":
                {
                    var total = Code(json, rule, "total", path, known);
                    var parts = json.Strings(rule, "parts", path);
                    var partsKnown = parts.All(p => IsKnown(json, p.Value, p.Path, known));
                    if (parts.Count == 0 && json.TryGet(rule, "parts", out _))
                    {
                        json.Invalid(path + ".parts", "至少需要一个部分。", "needs at least one part.");
                    }

                    if (total is not null && partsKnown && parts.Count > 0 && title is { } t && severity is { } s && rows is { } r)
                    {
                        var partCodes = parts.Select(p => p.Value).ToArray();
                        made.Add(_ => new SumEqualsRule(id, s, total, partCodes, r, t.Chinese, t.English));
                    }

                    break;
                }

                case "atMost":
                {
                    var pairs = new List<(string, string)>();
                    var ok = true;
                    if (json.TryGet(rule, "pairs", out _))
                    {
                        foreach (var (pair, pairPath) in json.Objects(rule, "pairs", path))
                        {
                            var value = Code(json, pair, "value", pairPath, known);
                            var limit = Code(json, pair, "limit", pairPath, known);
                            ok &= value is not null && limit is not null;
                            if (value is not null && limit is not null)
                            {
                                pairs.Add((value, limit));
                            }
                        }
                    }
                    else
                    {
                        var value = Code(json, rule, "value", path, known);
                        var limit = Code(json, rule, "limit", path, known);
                        ok &= value is not null && limit is not null;
                        if (value is not null && limit is not null)
                        {
                            pairs.Add((value, limit));
                        }
                    }

                    if (ok && pairs.Count == 0)
                    {
                        json.Invalid(path + ".pairs", "至少需要一对。", "needs at least one pair.");
                    }
                    else if (ok && title is { } t && severity is { } s && rows is { } r)
                    {
                        made.Add(_ => new AtMostRule(id, s, pairs, r, t.Chinese, t.English));
                    }

                    break;
                }

                default:
                    Unknown(json, path + ".kind", kind, "sum, atMost (or no kind, with the id of a rule switched on: " + string.Join(", ", s_switchedOn) + ")");
                    break;
            }
        }

        json.Unique(ids, "规则 id / rule id");
        return made;
    }

    private static Func<IReadOnlyList<Indicator>, ConsistencyRule>? ReadSwitchedOn(DefinitionJson json, JsonElement rule, string path, string id, HashSet<string> known)
    {
        switch (id)
        {
            case "non-negative":
                return indicators => new NonNegativeRule(indicators);
            case "total-chain":
                return indicators => new TotalChainRule(indicators.Select(i => i.Code));
            case "stock-decrease":
                return indicators => new StockDecreaseRule(indicators.Where(i => i.Kind == IndicatorKind.Stock).Select(i => i.Code));
            case "blank-cell":
                return indicators => new BlankCellRule(indicators.Select(i => i.Code));
            case "case-details-required":
            {
                var codes = json.Strings(rule, "indicators", path);
                if (codes.Count == 0 || !codes.All(c => IsKnown(json, c.Value, c.Path, known)))
                {
                    return null;
                }

                var list = codes.Select(c => c.Value).ToArray();
                return _ => new CaseDetailsRequiredRule(list);
            }

            default:
                json.Invalid(path + ".kind", $"规则 '{id}' 缺少 kind。", $"is missing: rule '{id}' is not one switched on by id ({string.Join(", ", s_switchedOn)}), so it needs a kind: sum or atMost.");
                return null;
        }
    }

    private static FindingSeverity? Severity(DefinitionJson json, JsonElement rule, string path)
    {
        switch (json.String(rule, "severity", path, required: false))
        {
            case null or "error":
                return FindingSeverity.Error;
            case "warning":
                return FindingSeverity.Warning;
            case var other:
                Unknown(json, path + ".severity", other, "error, warning");
                return null;
        }
    }

    private static ReportRow[]? Rows(DefinitionJson json, JsonElement rule, string path, ReportRow[] defaults)
    {
        if (!json.TryGet(rule, "rows", out _))
        {
            return defaults;
        }

        var rows = new List<ReportRow>();
        var ok = true;
        foreach (var (text, at) in json.Strings(rule, "rows", path))
        {
            switch (text)
            {
                case "new":
                    rows.Add(ReportRow.New);
                    break;
                case "total":
                    rows.Add(ReportRow.Total);
                    break;
                default:
                    Unknown(json, at, text, "new, total");
                    ok = false;
                    break;
            }
        }

        if (ok && rows.Count == 0)
        {
            json.Invalid(path + ".rows", "至少需要一行。", "needs at least one row: new, total.");
            return null;
        }

        return ok ? rows.Distinct().ToArray() : null;
    }

    private static string? Code(DefinitionJson json, JsonElement obj, string key, string path, HashSet<string> known)
        => json.String(obj, key, path) is { } code && IsKnown(json, code, path + "." + key, known) ? code : null;

    private static bool IsKnown(DefinitionJson json, string code, string path, HashSet<string> known)
    {
        if (known.Contains(code))
        {
            return true;
        }

        json.Fail(CampaignErrorCodes.UnknownIndicator, path, $"报表中没有指标 '{code}'。", $"names indicator '{code}', which the form does not define.");
        return false;
    }

    private static IndicatorKind? Unknown(DefinitionJson json, string path, string value, string allowed)
    {
        json.Invalid(path, $"'{value}' 不是可用的值（{allowed}）。", $"'{value}' is not one of: {allowed}.");
        return null;
    }
}
