namespace HuXiao.Cli;

/// <summary>
/// A verb's arguments: positional values, <c>--name value</c> options (some taking several values, up to the
/// next option) and <c>--flag</c> switches. Unknown options are refused, so a typo never passes silently.
/// </summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CliArguments(List<string> positional) => Positional = positional;

    internal IReadOnlyList<string> Positional { get; }

    /// <summary>Parses <paramref name="args"/> for a verb.</summary>
    /// <param name="verb">The verb, for messages.</param>
    /// <param name="args">The arguments after the verb.</param>
    /// <param name="single">Options taking one value (with their short aliases, e.g. "-o" → "--out"); every verb takes <c>--campaign</c> too.</param>
    /// <param name="multi">Options taking one or more values.</param>
    /// <param name="flags">Switches.</param>
    internal static CliArguments Parse(string verb, IReadOnlyList<string> args, IEnumerable<string> single, IEnumerable<string>? multi = null, IEnumerable<string>? flags = null)
    {
        var singleSet = single.Append(CliCampaign.Option).ToHashSet(StringComparer.Ordinal);
        var multiSet = (multi ?? []).ToHashSet(StringComparer.Ordinal);
        var flagSet = (flags ?? []).Append("--verbose").ToHashSet(StringComparer.Ordinal);
        var positional = new List<string>();
        var result = new CliArguments(positional);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var name = arg == "-o" ? "--out" : arg;
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            if (flagSet.Contains(name))
            {
                result._flags.Add(name);
            }
            else if (singleSet.Contains(name))
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new CliUsageException($"{verb}: {name} 需要一个值。 {name} needs a value.");
                }

                if (result._options.ContainsKey(name))
                {
                    throw new CliUsageException($"{verb}: {name} 给了两次，请只给一次。 {name} is given twice; give it once.");
                }

                result._options[name] = [args[++i]];
            }
            else if (multiSet.Contains(name))
            {
                var values = result._options.TryGetValue(name, out var existing) ? existing : result._options[name] = [];
                while (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    values.Add(args[++i]);
                }

                if (values.Count == 0)
                {
                    throw new CliUsageException($"{verb}: {name} 至少需要一个值。 {name} needs at least one value.");
                }
            }
            else
            {
                var known = singleSet.Concat(multiSet).Concat(flagSet).Order(StringComparer.Ordinal);
                throw new CliUsageException($"{verb}: 未知选项 {arg}。 unknown option {arg}; the options are {string.Join(" ", known)}.");
            }
        }

        return result;
    }

    internal string? Option(string name) => _options.TryGetValue(name, out var values) ? values[0] : null;

    internal IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var values) ? values : [];

    internal string RequiredOption(string verb, string name, string example)
        => Option(name) ?? throw new CliUsageException($"{verb}: 缺少 {name}，例如 {name} {example}。 {name} is required, for example {name} {example}.");

    internal bool Flag(string name) => _flags.Contains(name);

    internal OutputFormat Format(string verb)
        => Option("--format") switch
        {
            null or "text" => OutputFormat.Text,
            "json" => OutputFormat.Json,
            var other => throw new CliUsageException($"{verb}: --format 应为 text 或 json，而不是 '{other}'。 --format is 'text' or 'json', not '{other}'."),
        };
}

/// <summary>How a verb writes its result.</summary>
internal enum OutputFormat
{
    Text,
    Json,
}
