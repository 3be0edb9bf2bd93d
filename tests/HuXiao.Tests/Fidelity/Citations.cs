using System.Text.RegularExpressions;

namespace HuXiao.Tests.Fidelity;

/// <summary>
/// The clause citations the code and the docs make, found by their written forms, and checked against
/// <see cref="PlanText"/>:
/// <list type="bullet">
/// <item>a clause <c>二(一)3</c>, <c>四(三)</c> must exist in the plan's numbering;</item>
/// <item>a quotation after a clause, <c>二(六): 应急演练活动每学期不少于1次</c>, or before it in a gloss,
/// <c>(应急演练活动每学期不少于1次, 二(六))</c>, must stand in that clause (pieces between … each in it);</item>
/// <item>a section named with its title, <c>三、时间安排</c>, must have that title.</item>
/// </list>
/// A bare section or 通知/前言/附件 is a clause too, written before a colon or as the last item of a gloss.
/// </summary>
public static partial class Citations
{
    /// <summary>One citation found in a text.</summary>
    /// <param name="Where">The file and line, or the object it came from.</param>
    /// <param name="Clause">The clause as written.</param>
    /// <param name="Quotation">The quotation it carries, if any.</param>
    /// <param name="Title">The section title written after it (三、时间安排), if any.</param>
    public sealed record Citation(string Where, string Clause, string? Quotation, string? Title)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Where}: {Clause}{(Quotation is null ? string.Empty : ": " + Quotation)}{(Title is null ? string.Empty : "、" + Title)}";
    }

    // A clause: a section with a part and an item, a section with a part, or a named piece of the document.
    private const string Clause = "(?:[一二三四五六七八九十][(（][一二三四五六七八九十][)）][1-9]?|通知|前言|附件)";

    // A bare section counts only where a citation is written: before ": " or as the last item of a gloss.
    private const string BareSection = "(?<![\\p{IsCJKUnifiedIdeographs}])[一二三四五六七八九十]";

    // A quotation: Chinese text with its punctuation, digits and ellipses; it ends at ASCII punctuation or space.
    private const string Quotation = "[\\p{IsCJKUnifiedIdeographs}\\p{IsCJKSymbolsandPunctuation}\\p{IsHalfwidthandFullwidthForms}“”‘’…%0-9]+";

    /// <summary>Every citation in a text.</summary>
    /// <param name="where">What the text is, for messages (file name).</param>
    /// <param name="text">The text.</param>
    public static IEnumerable<Citation> In(string where, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var at = $"{where}:{i + 1}";
            var quoted = new HashSet<int>();
            foreach (Match m in Quoted().Matches(line))
            {
                quoted.Add(m.Groups["clause"].Index);
                yield return new Citation(at, m.Groups["clause"].Value, m.Groups["quote"].Value, null);
            }

            foreach (Match m in Glossed().Matches(line))
            {
                quoted.Add(m.Groups["clause"].Index);
                yield return new Citation(at, m.Groups["clause"].Value, m.Groups["quote"].Value.Trim(), null);
            }

            foreach (Match m in Titled().Matches(line))
            {
                yield return new Citation(at, m.Groups["clause"].Value, null, m.Groups["title"].Value);
            }

            foreach (Match m in Plain().Matches(line))
            {
                if (!quoted.Contains(m.Index))
                {
                    yield return new Citation(at, m.Value, null, null);
                }
            }
        }
    }

    /// <summary>A citation written as a clause's name alone (a rule's Source, a milestone's Clause).</summary>
    public static Citation Named(string where, string clause) => new(where, clause, null, null);

    /// <summary>What is wrong with a citation, or <see langword="null"/> when it is right.</summary>
    public static string? Problem(PlanText plan, Citation citation)
    {
        if (!plan.Contains(citation.Clause))
        {
            return $"{citation}: the plan's numbering has no clause {citation.Clause}";
        }

        if (citation.Title is { } title && plan.SectionTitles.TryGetValue(citation.Clause, out var printed) && printed != title)
        {
            return $"{citation}: section {citation.Clause} is titled {printed}";
        }

        if (citation.Quotation is { } quote && !plan.Quotes(citation.Clause, quote))
        {
            var where = plan.WhereIs(quote.Split('…')[0]).ToArray();
            return $"{citation}: the quotation is not in {citation.Clause}" + (where.Length > 0 ? $"; it is in {string.Join(", ", where)}" : "; it is nowhere in the plan as written");
        }

        return null;
    }

    // 二(六): 应急演练…; 三: 自即日起至2018年1月底.
    [GeneratedRegex($"(?<clause>{Clause}|{BareSection})[:：] ?(?<quote>{Quotation})")]
    private static partial Regex Quoted();

    // (应急演练活动每学期不少于1次, 二(六)) — a quotation or gloss, then the clause, closing the parentheses.
    [GeneratedRegex($"[(（](?<quote>[^(),（），]*[\\p{{IsCJKUnifiedIdeographs}}][^(),（），]*), (?<clause>{Clause}|{BareSection})[)）]")]
    private static partial Regex Glossed();

    [GeneratedRegex("(?<clause>[一二三四五六七八九十])、(?<title>任务目标|主要措施|时间安排|工作要求)")]
    private static partial Regex Titled();

    [GeneratedRegex("[一二三四五六七八九十][(（][一二三四五六七八九十][)）][1-9]?")]
    private static partial Regex Plain();
}
