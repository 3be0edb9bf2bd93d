namespace HuXiao.Briefing.Html;

/// <summary>
/// The page's style, inline: local fonts only (nothing fetched), A4 print with page breaks between sections and
/// no chart cut across pages. Written inside an XML text node, so it uses no angle bracket or ampersand.
/// </summary>
internal static class Stylesheet
{
    internal const string Css = """
        @page { size: A4; margin: 12mm 12mm 14mm 12mm; }
        * { box-sizing: border-box; }
        html { background: #e9ebee; }
        body { margin: 0; padding: 24px 0; color: #1f2328; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "SimHei", sans-serif; font-size: 13px; line-height: 1.5; }
        .page { width: 794px; margin: 0 auto 24px auto; padding: 36px 44px 40px 44px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,0.15); }
        header.red { text-align: center; border-bottom: 3px solid #c8161d; padding-bottom: 10px; margin-bottom: 6px; }
        header.red .org { color: #c8161d; font-size: 15px; letter-spacing: 4px; }
        header.red h1 { color: #c8161d; font-size: 30px; letter-spacing: 6px; margin: 4px 0 2px 0; font-weight: bold; }
        header.red .issuer { color: #444; font-size: 13px; }
        .meta { display: flex; justify-content: space-between; color: #444; margin: 8px 0 14px 0; font-size: 13px; }
        .notice { border: 1px dashed #b26a00; background: #fff8e6; color: #7a4a00; padding: 6px 10px; margin: 10px 0; font-size: 12px; }
        .tiles { display: flex; gap: 10px; margin: 12px 0 6px 0; }
        .tile { flex: 1; border: 1px solid #d8dce1; border-radius: 6px; padding: 8px 10px; background: #fafbfc; }
        .tile .k { color: #57606a; font-size: 12px; }
        .tile .v { font-size: 24px; font-weight: bold; line-height: 1.2; }
        .tile .v small { font-size: 13px; font-weight: normal; color: #57606a; }
        .tile.bad .v { color: #c62828; }
        .tile.warn .v { color: #b26a00; }
        .tile.good .v { color: #2e7d32; }
        .lead { margin: 10px 0 0 0; padding: 8px 12px; border-left: 4px solid #c8161d; background: #fbf3f3; }
        h2 { font-size: 18px; color: #1f2328; border-bottom: 1px solid #d8dce1; padding-bottom: 4px; margin: 22px 0 10px 0; }
        h2 .n { color: #c8161d; margin-right: 6px; }
        h3 { font-size: 14px; margin: 14px 0 6px 0; }
        table { width: 100%; border-collapse: collapse; font-size: 12px; }
        th { background: #f1f3f5; color: #333; font-weight: bold; text-align: left; padding: 5px 6px; border-bottom: 1px solid #c9ced4; white-space: nowrap; }
        td { padding: 4px 6px; border-bottom: 1px solid #e3e6ea; vertical-align: middle; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.c, th.c { text-align: center; white-space: nowrap; }
        td.cov { white-space: nowrap; }
        .pct { font-variant-numeric: tabular-nums; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        .badge { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px; white-space: nowrap; color: #fff; }
        .badge.s-met { background: #2e7d32; }
        .badge.s-not-met { background: #c62828; }
        .badge.s-cannot-tell { background: #b26a00; }
        .badge.s-not-due, .badge.s-not-applicable { background: #8c959f; }
        .f-ontime { color: #2e7d32; }
        .f-late { color: #b26a00; font-weight: bold; }
        .f-missing { color: #c62828; font-weight: bold; }
        .f-other { color: #57606a; }
        tr.row-missing td { background: #fdecea; }
        tr.row-behind td { background: #fff5f5; }
        .zero { color: #b0b7bf; }
        .muted { color: #57606a; font-size: 12px; }
        figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 12.5px; font-weight: bold; margin-bottom: 2px; }
        figcaption .sub { display: block; font-weight: normal; color: #57606a; font-size: 11.5px; }
        .grid2 { display: flex; flex-wrap: wrap; gap: 10px 14px; }
        .grid2 figure { width: 340px; }
        .grid2 figure svg { width: 340px; height: auto; }
        .rate { border: 1px solid #d8dce1; border-radius: 6px; padding: 8px 12px; break-inside: avoid; page-break-inside: avoid; }
        .legend { font-size: 11.5px; color: #57606a; margin: 4px 0 8px 0; }
        .legend span { margin-right: 14px; white-space: nowrap; }
        .sw { display: inline-block; width: 18px; height: 0; vertical-align: middle; margin-right: 4px; }
        .sw.city { border-top: 3px solid #1565c0; }
        .sw.unit { border-top: 1.5px solid #b8c0c8; }
        .sw.lag { border-top: 2px solid #ef6c00; }
        .sw.due { border-top: 2px dashed #c62828; }
        svg { display: block; overflow: visible; }
        svg.bar { display: inline-block; vertical-align: middle; margin-right: 6px; }
        svg text { font-family: inherit; }
        .bar-bg { fill: #e9ecef; }
        .bar-fill.s-met, .interval.s-met { fill: #2e7d32; }
        .bar-fill.s-not-met, .interval.s-not-met { fill: #c62828; }
        .bar-fill.s-cannot-tell, .interval.s-cannot-tell { fill: #e0a000; }
        .bar-fill.s-not-due, .bar-fill.s-not-applicable, .interval.s-not-due, .interval.s-not-applicable { fill: #8c959f; }
        .axis { stroke: #8c959f; stroke-width: 1; }
        .grid { stroke: #e3e6ea; stroke-width: 1; }
        .full { stroke: #9fb7d4; stroke-width: 1; stroke-dasharray: 2 2; }
        .tick { font-size: 10px; fill: #57606a; }
        .rate .tick { font-size: 11px; }
        .tick.year { font-size: 9px; fill: #8c959f; }
        .due { stroke: #c62828; stroke-width: 1.5; stroke-dasharray: 4 3; }
        .due-label { font-size: 10px; fill: #c62828; }
        polyline { fill: none; stroke-linejoin: round; stroke-linecap: round; }
        polyline.unit { stroke: #c3cad1; stroke-width: 1.2; }
        polyline.unit.lag { stroke: #ef6c00; stroke-width: 1.8; }
        polyline.city { stroke: #1565c0; stroke-width: 2.8; }
        circle.city { fill: #fff; stroke: #1565c0; stroke-width: 1.8; }
        .end-label { font-size: 10px; }
        .end-label.city { fill: #1565c0; font-weight: bold; }
        .end-label.lag { fill: #c55400; }
        .target { stroke: #c62828; stroke-width: 2; stroke-dasharray: 5 3; }
        .target-label { font-size: 12px; fill: #c62828; font-weight: bold; }
        .bound { font-size: 12px; fill: #1f2328; }
        .bound.inside { fill: #fff; font-weight: bold; }
        footer { margin-top: 18px; border-top: 1px solid #d8dce1; padding-top: 6px; color: #57606a; font-size: 11px; }
        @media print {
          html, body { background: #fff; padding: 0; }
          .page { width: auto; margin: 0; padding: 0; box-shadow: none; }
          .page + .page { break-before: page; page-break-before: always; }
        }
        """;
}
