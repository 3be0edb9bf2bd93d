using System.Collections.Frozen;
using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting;

/// <summary>
/// A monthly report form as data: its id and version, its tables and indicators in printed order, and the
/// consistency rules a correct report obeys. Immutable and thread-safe: share one instance.
/// </summary>
/// <remarks>
/// The built-in form is <see cref="Zhengzhou2017"/>. Define another city's or year's form with
/// <see cref="CreateBuilder(string, int)"/>.
/// </remarks>
public sealed class ReportSchema
{
    private readonly FrozenDictionary<string, Indicator> _byCode;

    internal ReportSchema(string id, int version, string title, IReadOnlyList<IndicatorTable> tables, IReadOnlyList<ConsistencyRule> rules)
    {
        Id = id;
        Version = version;
        Title = title;
        Tables = tables;
        Indicators = tables.SelectMany(t => t.Indicators).ToArray();
        _byCode = Indicators.ToFrozenDictionary(i => i.Code, StringComparer.Ordinal);
        Rules = rules;
        Layout = new CellLayout(Indicators.Count);
    }

    /// <summary>The built-in Zhengzhou 2017 form (郑公通〔2017〕66号 附件): schema id <c>zhengzhou-2017</c>, 46 indicators A01–C08.</summary>
    /// <remarks>
    /// <para>
    /// 原件的计量单位行有两处与指标名称错位，本库按名称的含义取单位：表 A 在“已在校园周边安装交通设施校园数”（A14）下印(个)、在“安装视频探头数”（A15）下印(所)，
    /// 两列互换了——校园数以“所”计，探头数以“个”计；表 C 的“问责人员”（C08）印在其单位(人)右边一列、表 C 旁说明所在的列。因此 A14 以“所”计，A15 以“个”计，C08 以“人”计；
    /// HuXiao.Excel 写出的报表把每个单位印在它自己的指标下面。
    /// </para>
    /// <para>
    /// The source's units row is out of line with the labels in two places, and the schema takes each unit from what the
    /// label means: table A prints (个) under 已在校园周边安装交通设施校园数 (A14) and (所) under 安装视频探头数 (A15) — the two
    /// swapped, as a count of campuses is in 所 and a count of cameras in 个; table C prints 问责人员 (C08) one column to
    /// the right of its unit (人), in the column of the note beside the table. So A14 is counted in 所, A15 in 个 and C08
    /// in 人, and the form HuXiao.Excel writes prints each unit under its own label.
    /// </para>
    /// </remarks>
    public static ReportSchema Zhengzhou2017 => BuiltInCampaign.Schema;

    /// <summary>The schema id, for example <c>zhengzhou-2017</c>.</summary>
    public string Id { get; }

    /// <summary>The schema version; a changed form gets a higher one.</summary>
    public int Version { get; }

    /// <summary>The form's printed title, for example <c>校园安全工作进展报表</c>.</summary>
    public string Title { get; }

    /// <summary>The tables in printed order.</summary>
    public IReadOnlyList<IndicatorTable> Tables { get; }

    /// <summary>Every indicator of every table, in printed order; <see cref="Indicator.Ordinal"/> indexes this list.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The number of indicators.</summary>
    public int Count => Indicators.Count;

    /// <summary>The consistency rules defined with the form, as listed in its documentation.</summary>
    public IReadOnlyList<ConsistencyRule> Rules { get; }

    /// <summary>Where each cell of a report on this form is kept.</summary>
    internal CellLayout Layout { get; }

    /// <summary>The indicator at a position in form order.</summary>
    /// <param name="ordinal">From 0 to <see cref="Count"/> − 1.</param>
    public Indicator this[int ordinal] => Indicators[ordinal];

    /// <summary>The indicator with a code.</summary>
    /// <param name="code">An indicator code, for example <c>A05</c>.</param>
    /// <exception cref="KeyNotFoundException">The schema has no indicator with that code.</exception>
    public Indicator this[string code]
        => TryGetIndicator(code, out var indicator)
            ? indicator
            : throw new KeyNotFoundException($"Schema {Id} v{Version} has no indicator '{code}'. Its codes run {Indicators[0].Code}–{Indicators[^1].Code}.");

    /// <summary>Looks an indicator up by code.</summary>
    /// <param name="code">An indicator code.</param>
    /// <param name="indicator">The indicator, when found.</param>
    /// <returns>Whether the schema has an indicator with that code.</returns>
    public bool TryGetIndicator(string? code, out Indicator indicator)
    {
        if (code is not null && _byCode.TryGetValue(code, out var found))
        {
            indicator = found;
            return true;
        }

        indicator = null!;
        return false;
    }

    /// <summary>Whether another schema is the same form: the same id and version.</summary>
    /// <param name="other">The other schema.</param>
    public bool IsSameForm(ReportSchema other) => other is not null && other.Id == Id && other.Version == Version;

    /// <summary>Starts defining a form.</summary>
    /// <param name="id">The schema id, for example <c>hangzhou-2019</c>.</param>
    /// <param name="version">The version, from 1.</param>
    public static ReportSchemaBuilder CreateBuilder(string id, int version = 1) => new(id, version);

    /// <summary>The id and version, for example <c>zhengzhou-2017 v1</c>.</summary>
    public override string ToString() => $"{Id} v{Version}";
}
