using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HuXiao.Tests.Fidelity;

/// <summary>
/// The text of 郑公通〔2017〕66号 (the project's seed, <c>../shared/seeds/000_74ddf1bbd01967b6.txt</c> beside the
/// repository) cut along the plan's own numbering, so that a citation such as <c>二(一)3</c> can be looked up:
/// <list type="bullet">
/// <item><c>通知</c>: the covering notice, up to the plan's title;</item>
/// <item><c>前言</c>: the plan's opening paragraph, from its title to 一、;</item>
/// <item><c>一</c> … <c>四</c>: the sections (一、任务目标 …);</item>
/// <item><c>二(一)</c> …: the numbered parts of a section ((一) …);</item>
/// <item><c>二(一)3</c> …: the items of a part, printed 一要 … 五要 (the third item is 三要);</item>
/// <item><c>附件</c>: the attachment, the form, from 附件： to the end.</item>
/// </list>
/// A paragraph without a number of its own belongs to the numbered part it follows: the plan's last paragraph
/// (各公安机关要于每月1日前…) lies in 四(三). A clause's text includes its parts' and items' text.
/// </summary>
public sealed partial class PlanText
{
    /// <summary>The seed's file name; the test looks for it in <c>shared/seeds</c> beside the repository or above.</summary>
    public const string SeedFileName = "000_74ddf1bbd01967b6.txt";

    private const string Numerals = "一二三四五六七八九十";

    private static readonly Lazy<PlanText> s_zhengzhou2017 = new(() => Parse(File.ReadAllText(LocateSeed())));

    private readonly Dictionary<string, string> _clauses;

    private PlanText(Dictionary<string, string> clauses, IReadOnlyDictionary<string, string> sectionTitles)
    {
        _clauses = clauses;
        SectionTitles = sectionTitles;
    }

    /// <summary>郑公通〔2017〕66号 from the seed.</summary>
    public static PlanText Zhengzhou2017 => s_zhengzhou2017.Value;

    /// <summary>Every clause the numbering defines, such as <c>二</c>, <c>二(一)</c>, <c>二(一)3</c>, <c>附件</c>.</summary>
    public IReadOnlyCollection<string> Clauses => _clauses.Keys;

    /// <summary>Each section's title as printed after its number, such as 三 → 时间安排.</summary>
    public IReadOnlyDictionary<string, string> SectionTitles { get; }

    /// <summary>Whether the plan's numbering defines a clause (given in either width of parentheses).</summary>
    public bool Contains(string clause) => _clauses.ContainsKey(NormaliseClause(clause));

    /// <summary>The text of a clause with white space and punctuation removed (see <see cref="Normalise"/>).</summary>
    public string TextOf(string clause) => _clauses[NormaliseClause(clause)];

    /// <summary>Whether a quotation stands in a clause: each piece between ellipses (…) appears in the clause's text.</summary>
    public bool Quotes(string clause, string quotation)
    {
        var text = TextOf(clause);
        var pieces = quotation.Split('…').Select(Normalise).Where(p => p.Length > 0).ToArray();
        return pieces.Length > 0 && pieces.All(p => text.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>The clauses whose own text (not counting the clauses around them) holds a phrase.</summary>
    public IEnumerable<string> WhereIs(string phrase)
    {
        var key = Normalise(phrase);
        return _clauses.Where(c => c.Value.Contains(key, StringComparison.Ordinal))
            .Select(c => c.Key)
            .Where(c => !_clauses.Keys.Any(inner => inner != c && inner.StartsWith(c, StringComparison.Ordinal) && _clauses[inner].Contains(key, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Text as compared: letters and digits only (white space, punctuation and the seed's Markdown emphasis
    /// removed), full-width letters and digits made half-width. The seed mixes widths and breaks lines mid-word.
    /// </summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>A clause with half-width parentheses, no spaces: <c>二（一）3</c> → <c>二(一)3</c>.</summary>
    public static string NormaliseClause(string clause)
        => clause.Replace('（', '(').Replace('）', ')').Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Finds the seed from the test's base directory: in <c>shared/seeds</c> of the directory or any above it.</summary>
    /// <exception cref="FileNotFoundException">Not found; the message says where it was looked for.</exception>
    public static string LocateSeed()
    {
        var looked = new List<string>();
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds", SeedFileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            looked.Add(candidate);
        }

        throw new FileNotFoundException(
            $"The text of 郑公通〔2017〕66号 ({SeedFileName}) was not found. The citation tests read it from ../shared/seeds/ beside the " +
            $"repository (where CI puts it). Looked in: {string.Join(", ", looked)}");
    }

    /// <summary>Cuts a text of the plan along its numbering.</summary>
    /// <exception cref="FormatException">The numbering is not the plan's: a heading out of order, or a part missing.</exception>
    public static PlanText Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("**", string.Empty, StringComparison.Ordinal).Split('\n');
        var raw = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var current = "通知";
        string? section = null;
        var lastSection = 0;
        var lastPart = 0;
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (current == "通知" && line.EndsWith("专项工作方案", StringComparison.Ordinal) && !line.Contains('《', StringComparison.Ordinal))
            {
                current = "前言";
            }
            else if (current != "附件" && line.StartsWith("附件", StringComparison.Ordinal) && (line.Length == 2 || line[2] is '：' or ':'))
            {
                current = "附件";
            }
            else if (current != "通知" && current != "附件" && SectionHeading().Match(line) is { Success: true } s)
            {
                var number = Value(s.Groups["n"].Value);
                if (number != lastSection + 1)
                {
                    throw new FormatException($"Section {s.Groups["n"].Value}、 follows section {lastSection}: the plan's sections run 一、二、三、四.");
                }

                lastSection = number;
                lastPart = 0;
                section = s.Groups["n"].Value;
                titles[section] = s.Groups["title"].Value.Trim();
                current = section;
            }
            else if (section is not null && current != "附件" && PartHeading().Match(line) is { Success: true } p)
            {
                var number = Value(p.Groups["n"].Value);
                if (number != lastPart + 1)
                {
                    throw new FormatException($"Part ({p.Groups["n"].Value}) of section {section} follows part {lastPart}.");
                }

                lastPart = number;
                current = $"{section}({p.Groups["n"].Value})";
            }

            if (!raw.TryGetValue(current, out var sb))
            {
                raw[current] = sb = new StringBuilder();
            }

            sb.Append(line).Append('\n');
        }

        if (lastSection == 0 || !raw.ContainsKey("前言") || !raw.ContainsKey("附件"))
        {
            throw new FormatException("The text does not look like the plan: no title line ending 专项工作方案, no numbered section, or no 附件.");
        }

        var clauses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (clause, sb) in raw)
        {
            var own = sb.ToString();
            clauses[clause] = Normalise(own);
            foreach (var (item, itemText) in Items(own))
            {
                clauses[$"{clause}{item}"] = Normalise(itemText);
            }
        }

        // A section's text includes its parts', a part's its items' (already in the part's own text).
        foreach (var sectionKey in titles.Keys)
        {
            var parts = clauses.Keys.Where(k => k.StartsWith(sectionKey + "(", StringComparison.Ordinal) && k.EndsWith(')')).Order(StringComparer.Ordinal).ToArray();
            clauses[sectionKey] = string.Concat(parts.Select(k => clauses[k]).Prepend(clauses[sectionKey]));
        }

        return new PlanText(clauses, titles);
    }

    // The items of a part, printed 一要 … 五要 in order, each at the start of a sentence.
    private static IEnumerable<(int Number, string Text)> Items(string partText)
    {
        var starts = new List<int>();
        var from = 0;
        for (var n = 1; n < Numerals.Length; n++)
        {
            var marker = Numerals[n - 1] + "要";
            var at = -1;
            for (var i = partText.IndexOf(marker, from, StringComparison.Ordinal); i >= 0; i = partText.IndexOf(marker, i + 1, StringComparison.Ordinal))
            {
                if (i == 0 || "。；;\n ".Contains(partText[i - 1], StringComparison.Ordinal))
                {
                    at = i;
                    break;
                }
            }

            if (at < 0)
            {
                break;
            }

            starts.Add(at);
            from = at + marker.Length;
        }

        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : partText.Length;
            yield return (k + 1, partText[starts[k]..end]);
        }
    }

    private static int Value(string numeral) => Numerals.IndexOf(numeral, StringComparison.Ordinal) + 1;

    [GeneratedRegex("^(?<n>[一二三四五六七八九十])、(?<title>.*)$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex("^[(（](?<n>[一二三四五六七八九十])[)）]")]
    private static partial Regex PartHeading();

    /// <inheritdoc />
    public override string ToString() => string.Join(" ", _clauses.Keys.Order(StringComparer.Ordinal)) + string.Create(CultureInfo.InvariantCulture, $" ({_clauses.Count} clauses)");
}
