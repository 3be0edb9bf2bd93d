using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace HuXiao.Reporting;

/// <summary>
/// Reads and writes a <see cref="UnitHierarchy"/> as JSON: a unit is
/// <c>{"code":"410100","name":"郑州市公安局","aliases":["郑州市"],"children":[{"code":"410102","name":"中原分局"},…]}</c>,
/// with <c>aliases</c> and <c>children</c> optional. Reading checks the whole document and lists every problem with
/// its JSON path. Thread-safe.
/// </summary>
public static class UnitHierarchyJson
{
    /// <summary>The largest document accepted, in bytes (4 MiB: room for every county-level unit of the country).</summary>
    public const int MaxInputBytes = 4 * 1024 * 1024;

    private const int MaxDepth = 32;

    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Reads a hierarchy from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The hierarchy.</returns>
    /// <exception cref="ReportingException">
    /// <see cref="ErrorCodes.HierarchyDefinition"/>: the document is not JSON, a unit lacks its code or name, a code
    /// appears twice, or a key is unknown; the message lists every problem with its JSON path.
    /// </exception>
    public static UnitHierarchy Parse(string json) => Read(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json)));

    /// <summary>Reads a hierarchy from a UTF-8 stream, read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The hierarchy.</returns>
    /// <exception cref="ReportingException">As for <see cref="Parse(string)"/>, or the input is over <see cref="MaxInputBytes"/>.</exception>
    public static UnitHierarchy Load(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxInputBytes)
            {
                throw new ReportingException(ErrorCodes.InputTooLarge, $"The unit list is larger than {MaxInputBytes} bytes; a hierarchy of every county-level unit needs far less. Check that the file is a unit list.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.ToArray());
    }

    /// <summary>Reads a hierarchy from a UTF-8 file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The hierarchy.</returns>
    /// <exception cref="ReportingException">As for <see cref="Load(Stream)"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static UnitHierarchy LoadFile(string path)
    {
        using var stream = File.OpenRead(Preconditions.CheckNotBlank(path));
        return Load(stream);
    }

    /// <summary>Writes a hierarchy as indented JSON that <see cref="Parse(string)"/> reads back to an equal hierarchy.</summary>
    /// <param name="hierarchy">The hierarchy.</param>
    /// <returns>The document.</returns>
    public static string Write(UnitHierarchy hierarchy)
    {
        Preconditions.CheckNotNull(hierarchy);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            WriteUnit(writer, hierarchy, hierarchy.Root);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteUnit(Utf8JsonWriter writer, UnitHierarchy hierarchy, OrganisationUnit unit)
    {
        writer.WriteStartObject();
        writer.WriteString("code", unit.Code);
        writer.WriteString("name", unit.Name);
        if (unit.Aliases.Count > 0)
        {
            writer.WriteStartArray("aliases");
            foreach (var alias in unit.Aliases)
            {
                writer.WriteStringValue(alias);
            }

            writer.WriteEndArray();
        }

        var children = hierarchy.ChildrenOf(unit.Code);
        if (children.Count > 0)
        {
            writer.WriteStartArray("children");
            foreach (var child in children)
            {
                WriteUnit(writer, hierarchy, child);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static UnitHierarchy Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxInputBytes)
        {
            throw new ReportingException(ErrorCodes.InputTooLarge, $"The unit list is larger than {MaxInputBytes} bytes; a hierarchy of every county-level unit needs far less. Check that the file is a unit list.");
        }

        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth * 3, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $" at line {l + 1}, position {e.BytePositionInLine + 1}" : string.Empty;
            throw new ReportingException(ErrorCodes.HierarchyDefinition, $"The unit list is not valid JSON{line}: {e.Message} Expected {{\"code\":\"410100\",\"name\":\"郑州市公安局\",\"children\":[…]}}.", e);
        }

        using (document)
        {
            var problems = new List<string>();
            var members = new List<(OrganisationUnit Unit, string Parent)>();
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            var root = ReadUnit(document.RootElement, "$", null, 0, problems, members, seen);
            if (problems.Count > 0 || root is null)
            {
                throw new ReportingException(ErrorCodes.HierarchyDefinition, $"The unit list has {problems.Count} problem(s): {string.Join(" ", problems)}");
            }

            var builder = UnitHierarchy.CreateBuilder(root);
            foreach (var (unit, parent) in members)
            {
                builder.Add(unit, parent);
            }

            return builder.Build();
        }
    }

    private static OrganisationUnit? ReadUnit(
        JsonElement element,
        string path,
        string? parent,
        int depth,
        List<string> problems,
        List<(OrganisationUnit Unit, string Parent)> members,
        Dictionary<string, string> seen)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected a unit object {{\"code\",\"name\"}}, found {element.ValueKind}.");
            return null;
        }

        if (depth > MaxDepth)
        {
            problems.Add($"{path}: the hierarchy is deeper than {MaxDepth} levels.");
            return null;
        }

        string? code = null, name = null;
        var aliases = new List<string>();
        JsonElement? children = null;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (!keys.Add(property.Name))
            {
                problems.Add($"{at}: the key appears twice in one unit.");
                continue;
            }

            switch (property.Name)
            {
                case "code":
                    code = Text(property.Value, at, problems);
                    break;
                case "name":
                    name = Text(property.Value, at, problems);
                    break;
                case "aliases":
                    if (property.Value.ValueKind != JsonValueKind.Array)
                    {
                        problems.Add($"{at}: expected an array of names, found {property.Value.ValueKind}.");
                        break;
                    }

                    var i = 0;
                    foreach (var alias in property.Value.EnumerateArray())
                    {
                        if (Text(alias, $"{at}[{i++}]", problems) is { } text)
                        {
                            aliases.Add(text);
                        }
                    }

                    break;
                case "children":
                    if (property.Value.ValueKind != JsonValueKind.Array)
                    {
                        problems.Add($"{at}: expected an array of units, found {property.Value.ValueKind}.");
                        break;
                    }

                    children = property.Value;
                    break;
                default:
                    problems.Add($"{at}: unknown key '{property.Name}'; a unit has code, name, aliases and children.");
                    break;
            }
        }

        if (code is null && !keys.Contains("code"))
        {
            problems.Add($"{path}.code: missing; every unit needs its code, such as \"410102\".");
        }

        if (name is null && !keys.Contains("name"))
        {
            problems.Add($"{path}.name: missing; every unit needs its name, such as \"中原分局\".");
        }

        OrganisationUnit? unit = null;
        if (code is not null && name is not null)
        {
            if (seen.TryGetValue(code, out var first))
            {
                problems.Add($"{path}.code: '{code}' is already the code of the unit at {first}; each unit needs its own code.");
            }
            else
            {
                seen[code] = path;
                unit = new OrganisationUnit(code, name, aliases);
                if (parent is not null)
                {
                    members.Add((unit, parent));
                }
            }
        }

        if (children is { } list)
        {
            var k = 0;
            foreach (var child in list.EnumerateArray())
            {
                // Children of a refused unit are still checked, so every problem is listed at once.
                ReadUnit(child, $"{path}.children[{k++}]", unit?.Code ?? string.Empty, depth + 1, problems, unit is null ? [] : members, seen);
            }
        }

        return unit;
    }

    private static string? Text(JsonElement value, string path, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{path}: expected text, found {value.ValueKind}.");
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            problems.Add($"{path}: empty; give the text.");
            return null;
        }

        return text;
    }
}
