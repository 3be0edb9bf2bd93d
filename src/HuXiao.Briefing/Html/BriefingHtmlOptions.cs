namespace HuXiao.Briefing.Html;

/// <summary>Options of <see cref="BriefingHtmlRenderer"/>, per instance (nothing global). Immutable.</summary>
public sealed record BriefingHtmlOptions
{
    /// <summary>
    /// A notice shown in a box under the title, for example that the figures are synthetic sample data; none by
    /// default.
    /// </summary>
    public string? Notice { get; init; }

    /// <summary>The issuing office's line under the title (for example 郑州市公安局护校安园工作领导小组办公室); none by default.</summary>
    public string? Issuer { get; init; }

    /// <summary>At most how many units' lines a trend chart labels by name (the lowest at the last month); 3 by default, 0 to 16.</summary>
    public int LabelledUnitsPerChart { get; init; } = 3;
}
