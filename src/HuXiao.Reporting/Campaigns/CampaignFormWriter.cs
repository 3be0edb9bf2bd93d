using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting;

/// <summary>
/// Writes a report schema as the <c>"form"</c> and <c>"consistencyRules"</c> of a campaign definition document, so
/// that <see cref="CampaignFormJson.ReadForm"/> reads it back to the same form and rules. Thread-safe.
/// </summary>
public static class CampaignFormWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes the form: id, version, title and its tables of indicators.</summary>
    /// <param name="schema">The form.</param>
    /// <returns>The <c>"form"</c> object as JSON text.</returns>
    public static string WriteForm(ReportSchema schema)
    {
        Preconditions.CheckNotNull(schema);
        return Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("id", schema.Id);
            json.WriteNumber("version", schema.Version);
            json.WriteString("title", schema.Title);
            json.WriteStartArray("tables");
            foreach (var table in schema.Tables)
            {
                json.WriteStartObject();
                json.WriteString("code", table.Code);
                json.WriteString("name", table.Title);
                json.WriteStartArray("indicators");
                foreach (var indicator in table.Indicators)
                {
                    json.WriteStartObject();
                    json.WriteString("code", indicator.Code);
                    json.WriteString("label", indicator.Label);
                    json.WriteString("name", indicator.Name);
                    if (indicator.Group is { } group)
                    {
                        json.WriteString("group", group);
                    }

                    json.WriteString("unit", indicator.Unit.Symbol);
                    json.WriteString("kind", indicator.Kind == IndicatorKind.Stock ? "stock" : "flow");
                    if (indicator.LabelInLowerRowOnly)
                    {
                        json.WriteBoolean("labelInLowerRowOnly", true);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// Writes the form's consistency rules: <c>sum</c> and <c>atMost</c> rules with their parameters, and the rules
    /// switched on by id (<c>non-negative</c>, <c>total-chain</c>, <c>stock-decrease</c>, <c>blank-cell</c>,
    /// <c>case-details-required</c>).
    /// </summary>
    /// <param name="schema">The form.</param>
    /// <returns>The <c>"consistencyRules"</c> array as JSON text.</returns>
    /// <exception cref="ArgumentException">
    /// A rule cannot be written as data: a rule class of the caller's own, or a built-in rule over other indicators
    /// than the definition would give it (the message names each such rule).
    /// </exception>
    public static string WriteConsistencyRules(ReportSchema schema)
    {
        Preconditions.CheckNotNull(schema);
        var unwritable = schema.Rules.Where(r => !IsWritable(r, schema)).Select(r => $"{r.Code} ({r.GetType().Name})").ToArray();
        if (unwritable.Length > 0)
        {
            throw new ArgumentException($"Form {schema.Id} has rules that a definition document cannot hold: {string.Join(", ", unwritable)}. Define them as sum or atMost rules, or keep them in code.", nameof(schema));
        }

        return Write(json =>
        {
            json.WriteStartArray();
            foreach (var rule in schema.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Code);
                switch (rule)
                {
                    case SumEqualsRule sum:
                        json.WriteString("kind", "sum");
                        json.WriteString("total", sum.Indicators[0]);
                        WriteStrings(json, "parts", sum.Indicators.Skip(1));
                        WriteCommon(json, rule, sum.Rows);
                        break;
                    case AtMostRule atMost:
                        json.WriteString("kind", "atMost");
                        json.WriteStartArray("pairs");
                        foreach (var (lesser, greater) in atMost.Pairs)
                        {
                            json.WriteStartObject();
                            json.WriteString("value", lesser);
                            json.WriteString("limit", greater);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        WriteCommon(json, rule, atMost.Rows);
                        break;
                    case CaseDetailsRequiredRule:
                        WriteStrings(json, "indicators", rule.Indicators);
                        break;
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static bool IsWritable(ConsistencyRule rule, ReportSchema schema)
    {
        var all = schema.Indicators.Select(i => i.Code);
        return rule switch
        {
            SumEqualsRule or AtMostRule => true,
            CaseDetailsRequiredRule => rule.Code == "case-details-required",
            NonNegativeRule or TotalChainRule or BlankCellRule => rule.Code is "non-negative" or "total-chain" or "blank-cell" && rule.Indicators.SequenceEqual(all),
            StockDecreaseRule => rule.Code == "stock-decrease" && rule.Indicators.SequenceEqual(schema.Indicators.Where(i => i.Kind == IndicatorKind.Stock).Select(i => i.Code)),
            _ => false,
        };
    }

    private static void WriteCommon(Utf8JsonWriter json, ConsistencyRule rule, IEnumerable<ReportRow> rows)
    {
        WriteStrings(json, "rows", rows.Select(r => r == ReportRow.New ? "new" : "total"));
        json.WriteString("severity", rule.Severity == FindingSeverity.Error ? "error" : "warning");
        json.WriteStartObject("title");
        json.WriteString("zh", rule.Title);
        json.WriteString("en", rule.EnglishTitle);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
