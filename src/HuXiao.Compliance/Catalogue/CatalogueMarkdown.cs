using System.Text;

namespace HuXiao.Compliance;

/// <summary>Writes a <see cref="RuleCatalogue"/> as a Markdown table.</summary>
internal static class CatalogueMarkdown
{
    internal static string Write(RuleCatalogue catalogue)
    {
        var sb = new StringBuilder();
        sb.Append("| id | 规则 | rule | source | due | judges | parameters | on |\n");
        sb.Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var rule in catalogue.Rules)
        {
            var judges = string.Join(", ", new[] { rule.JudgesReports ? "report" : null, rule.JudgesRegisters ? "register" : null }.Where(s => s is not null));
            var due = rule.Due is { } d ? Dates.Iso(d) : "—";
            if (!string.IsNullOrEmpty(rule.DueSource))
            {
                due += $" ({rule.DueSource})";
            }

            var parameters = string.Join("<br>", rule.Parameters.Where(p => p.Name != "Due").Select(p => $"`{p.Name}` = {p.Value} — {p.Description}; source: {p.Source}"));
            sb.Append("| `").Append(Escape(rule.Id)).Append("` | ")
              .Append(Escape(rule.Title)).Append(" | ")
              .Append(Escape(rule.EnglishTitle)).Append(" | ")
              .Append(Escape(rule.Source)).Append(" | ")
              .Append(Escape(due)).Append(" | ")
              .Append(judges).Append(" | ")
              .Append(Escape(parameters.Length == 0 ? "—" : parameters)).Append(" | ")
              .Append(catalogue.IsEnabled(rule.Id) ? "yes" : "no").Append(" |\n");
        }

        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
