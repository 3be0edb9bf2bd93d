using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HuXiao.DocGen;

/// <summary>What the generator reads: the HuXiao libraries beside it and their XML documentation.</summary>
internal static partial class Catalogue
{
    /// <summary>Every HuXiao.* library copied beside the generator (one per project under src/), in name order.</summary>
    internal static IReadOnlyList<Assembly> LoadLibraries()
        => Directory.GetFiles(AppContext.BaseDirectory, "HuXiao.*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("HuXiao.DocGen", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Assembly.LoadFrom)
            .ToArray();

    /// <summary>An error code: a stable <c>HX</c> followed by four digits.</summary>
    [GeneratedRegex("^HX[0-9]{4}$")]
    internal static partial Regex ErrorCodePattern();

    private static readonly Dictionary<Assembly, XDocument?> s_docs = [];

    /// <summary>The XML doc summary of a member, as one line of Markdown; empty when it has none.</summary>
    internal static string Summary(MemberInfo member)
        => Doc(member, "summary") is { } summary ? Markdown.FromXmlDoc(summary) : string.Empty;

    /// <summary>The XML doc remarks of a member as Markdown paragraphs, one per <c>para</c> (or one in all); none when it has none.</summary>
    internal static IReadOnlyList<string> Remarks(MemberInfo member)
    {
        if (Doc(member, "remarks") is not { } remarks)
        {
            return [];
        }

        var paras = remarks.Elements("para").ToArray();
        return paras.Length == 0 ? [Markdown.FromXmlDoc(remarks)] : paras.Select(Markdown.FromXmlDoc).ToArray();
    }

    private static XElement? Doc(MemberInfo member, string element)
    {
        var assembly = member.Module.Assembly;
        if (!s_docs.TryGetValue(assembly, out var doc))
        {
            var path = Path.ChangeExtension(assembly.Location, ".xml");
            s_docs[assembly] = doc = File.Exists(path) ? XDocument.Load(path) : null;
        }

        var id = member switch
        {
            Type t => "T:" + t.FullName,
            FieldInfo f => $"F:{f.DeclaringType!.FullName}.{f.Name}",
            PropertyInfo p => $"P:{p.DeclaringType!.FullName}.{p.Name}",
            _ => throw new NotSupportedException(member.GetType().Name),
        };
        return doc?.Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == id)?.Element(element);
    }

    /// <summary>The public static <c>ReportSchema</c> properties of the libraries: the built-in forms.</summary>
    internal static IEnumerable<(PropertyInfo Property, HuXiao.Reporting.ReportSchema Schema)> BuiltInSchemas(IEnumerable<Assembly> assemblies)
        => assemblies.SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.PropertyType == typeof(HuXiao.Reporting.ReportSchema))
            .Select(p => (p, (HuXiao.Reporting.ReportSchema)p.GetValue(null)!))
            .OrderBy(x => x.Item2.Id, StringComparer.Ordinal);

    /// <summary>Every public constant whose value is an error code, in code order.</summary>
    internal static IReadOnlyList<FieldInfo> ErrorCodeConstants(IEnumerable<Assembly> assemblies)
        => assemblies.SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && ErrorCodePattern().IsMatch((string)f.GetRawConstantValue()!))
            .OrderBy(f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal)
            .ThenBy(f => f.DeclaringType!.FullName, StringComparer.Ordinal)
            .ToArray();
}
