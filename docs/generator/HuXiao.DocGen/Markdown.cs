using System.Text;
using System.Xml.Linq;

namespace HuXiao.DocGen;

/// <summary>Small Markdown helpers.</summary>
internal static class Markdown
{
    /// <summary>The banner every generated page starts with.</summary>
    internal const string Banner =
        "<!-- Generated from the code by docs/generator/HuXiao.DocGen. Do not edit by hand: run docs/scripts/generate-reference.sh. -->";

    /// <summary>Text safe inside a Markdown table cell.</summary>
    internal static string Cell(string? text)
        => string.IsNullOrEmpty(text) ? string.Empty : text.Replace("|", "\\|").Replace("\r", string.Empty).Replace("\n", " ");

    /// <summary>A docfx cross-reference to an API page.</summary>
    internal static string Xref(string uid, string text) => $"[{Cell(text)}](xref:{uid})";

    /// <summary>An XML doc element (a summary) as one line of Markdown.</summary>
    internal static string FromXmlDoc(XElement element)
    {
        var text = new StringBuilder();
        Append(element, text);
        var words = text.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var line = new StringBuilder();
        foreach (var word in words)
        {
            // Chinese wrapped across source lines joins without a space.
            if (line.Length > 0 && !(IsWide(line[^1]) && IsWide(word[0])))
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        return line.ToString();
    }

    private static bool IsWide(char c) => c >= '\u2E80';

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "c" } c:
                    text.Append('`').Append(c.Value).Append('`');
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    var cref = (string?)see.Attribute("cref");
                    var word = (string?)see.Attribute("langword");
                    text.Append('`').Append(word ?? ShortName(cref ?? see.Value)).Append('`');
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } p:
                    text.Append('`').Append((string?)p.Attribute("name")).Append('`');
                    break;
                case XElement other:
                    Append(other, text);
                    break;
            }
        }
    }

    /// <summary><c>T:HuXiao.Reporting.SchemaDefinitionException</c> → <c>SchemaDefinitionException</c>.</summary>
    private static string ShortName(string cref)
    {
        var name = cref.Contains(':') ? cref[(cref.IndexOf(':') + 1)..] : cref;
        var paren = name.IndexOf('(');
        name = paren >= 0 ? name[..paren] : name;
        var parts = name.Split('.');
        // A member keeps its type's name: ErrorCodes.RollUpPeriodMismatch.
        return cref.StartsWith("T:", StringComparison.Ordinal) || parts.Length < 2 ? parts[^1] : $"{parts[^2]}.{parts[^1]}";
    }
}
