using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace HuXiao.AspNetCore.Pages;

/// <summary>
/// The pages' one layout: a plain HTML document, Chinese first then English, a few lines of CSS, and a few lines of
/// script that send the pages' forms to the API (so the API stays the one place forms are read and reviews recorded)
/// and let a file be dragged onto the upload box. No front-end build.
/// </summary>
internal static class PageLayout
{
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#222}
        h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:1.8rem}nav a{margin-right:1rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f3f3f3}.en{color:#666;font-size:.9em}
        .filed,.accepted{color:#176b2c}.late,.pending{color:#8a5a00}.filed-with-errors,.refused,.returned{color:#b00020}.missing{color:#555}
        .drop{border:2px dashed #999;padding:1rem;margin:.5rem 0;border-radius:.4rem}.drop.over{background:#eef6ff;border-color:#2a6fdb}
        .result{color:#b00020;white-space:pre-wrap}code{background:#f3f3f3;padding:0 .2rem}
        form.inline{display:inline}textarea{width:100%;max-width:40rem}
        """;

    private const string Script = """
        document.querySelectorAll('form[data-api]').forEach(f => f.addEventListener('submit', async e => {
          e.preventDefault();
          const out = f.querySelector('.result'); out.textContent = '…';
          const data = new FormData(f, e.submitter);
          const init = f.dataset.json ? {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(Object.fromEntries(data))} : {method: 'POST', body: data};
          const r = await fetch(f.dataset.api, init);
          const j = await r.json().catch(() => ({title: r.status + ' ' + r.statusText}));
          const unit = j.unit && (j.unit.code || j.unit), period = j.period;
          if ((r.ok || j.stored) && f.dataset.next) { location.href = f.dataset.next; return; }
          if ((r.ok || j.stored) && unit && period) { location.href = f.dataset.pages + '/months/' + period + '/units/' + unit; return; }
          if (r.ok) { location.reload(); return; }
          out.textContent = [j.title, j.detail].concat((j.problems || []).map(p => (p.location ? p.location + '  ' : '') + p.message + ' ' + p.englishMessage)).filter(x => x).join('\n');
        }));
        document.querySelectorAll('.drop').forEach(z => {
          z.addEventListener('dragover', e => { e.preventDefault(); z.classList.add('over'); });
          z.addEventListener('dragleave', () => z.classList.remove('over'));
          z.addEventListener('drop', e => { e.preventDefault(); z.classList.remove('over'); const i = z.querySelector('input[type=file]'); i.files = e.dataTransfer.files; z.closest('form').requestSubmit(); });
        });
        """;

    /// <summary>Text as HTML.</summary>
    internal static string H(string? text) => text is null ? string.Empty : s_encoder.Encode(text);

    /// <summary>A Chinese label with its English beside it.</summary>
    internal static string Both(string chinese, string english) => $"{H(chinese)} <span class=\"en\">{H(english)}</span>";

    /// <summary>The whole page, as the response.</summary>
    internal static IResult Page(string title, string pagesPrefix, string body)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>").Append(H(title)).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<nav><a href=\"").Append(H(pagesPrefix)).Append("/\">").Append(Both("报送月份", "Months")).Append("</a></nav>")
            .Append(body)
            .Append("<script>").Append(Script).Append("</script></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    /// <summary>A form the script sends to the API: multipart (a file upload) or, with <paramref name="json"/>, its fields as one JSON object.</summary>
    internal static string ApiForm(string api, string pagesPrefix, string? next, bool json, string fields, string cssClass = "")
        => $"<form class=\"{cssClass}\" data-api=\"{H(api)}\" data-pages=\"{H(pagesPrefix)}\"{(next is null ? string.Empty : $" data-next=\"{H(next)}\"")}{(json ? " data-json=\"1\"" : string.Empty)} method=\"post\" action=\"{H(api)}\"{(json ? string.Empty : " enctype=\"multipart/form-data\"")}>{fields}<div class=\"result\" role=\"alert\"></div></form>";

    /// <summary>The upload box: a file input and a button, onto which a file can be dragged.</summary>
    internal static string UploadForm(string api, string pagesPrefix, string? next)
        => ApiForm(api, pagesPrefix, next, json: false, fields:
            $"<div class=\"drop\"><p>{Both("把单位的报表（.xlsx）拖到这里，或选择文件后上传。", "Drag a unit's form (.xlsx) here, or choose the file and upload it.")}</p>"
            + "<input type=\"file\" name=\"file\" accept=\".xlsx,.json\" required> "
            + $"<button type=\"submit\">{Both("上传", "Upload")}</button></div>");
}
