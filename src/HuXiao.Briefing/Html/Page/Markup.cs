using System.Globalization;
using System.Xml.Linq;

namespace HuXiao.Briefing.Html;

/// <summary>
/// Builds the page as XML (so every text is escaped and the markup is well-formed), readable by HTML parsers: HTML
/// elements are never self-closed (<c>&lt;div&gt;&lt;/div&gt;</c>), and no namespace is written.
/// </summary>
internal static class Markup
{
    private static readonly HashSet<string> s_void = new(StringComparer.Ordinal) { "meta", "br", "hr", "col" };

    /// <summary>An HTML element; one without content is written with an end tag.</summary>
    internal static XElement H(string name, params object?[] content)
    {
        var element = new XElement(name, content.Where(c => c is not null));
        if (!s_void.Contains(name) && !element.Nodes().Any())
        {
            element.Add(string.Empty);
        }

        return element;
    }

    /// <summary>An HTML element with a class.</summary>
    internal static XElement C(string name, string cssClass, params object?[] content)
        => H(name, [new XAttribute("class", cssClass), .. content]);

    /// <summary>An SVG element (self-closing when empty, as SVG allows).</summary>
    internal static XElement S(string name, params object?[] content) => new(name, content.Where(c => c is not null));

    /// <summary>An attribute.</summary>
    internal static XAttribute A(string name, string value) => new(name, value);

    /// <summary>A numeric attribute, invariant, one decimal at most.</summary>
    internal static XAttribute A(string name, double value) => new(name, N(value));

    /// <summary>A coordinate, invariant, one decimal at most.</summary>
    internal static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
