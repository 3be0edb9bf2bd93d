using System.Text.Json;
using HuXiao.Reporting;

namespace HuXiao;

/// <summary>
/// Reads the parts of a campaign definition document key by key, recording every problem with its JSON path
/// instead of stopping at the first one.
/// </summary>
internal sealed class DefinitionJson(ICollection<DefinitionProblem> problems)
{
    internal ICollection<DefinitionProblem> Problems { get; } = problems;

    internal int Count => Problems.Count;

    internal void Fail(string code, string path, string chinese, string english)
        => Problems.Add(new DefinitionProblem(code, path, new BilingualText(chinese, english)));

    internal void Invalid(string path, string chinese, string english) => Fail(CampaignErrorCodes.InvalidValue, path, chinese, english);

    internal bool TryGet(JsonElement obj, string key, out JsonElement value)
    {
        value = default;
        return obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(key, out value) && value.ValueKind != JsonValueKind.Null;
    }

    internal string? String(JsonElement obj, string key, string path, bool required = true)
    {
        var at = path + "." + key;
        if (!TryGet(obj, key, out var value))
        {
            if (required)
            {
                Invalid(at, "缺少必填项。", "is missing; it is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Invalid(at, "应为非空字符串。", "must be a non-empty string.");
            return null;
        }

        return value.GetString();
    }

    internal int? Int(JsonElement obj, string key, string path, bool required = true)
    {
        var at = path + "." + key;
        if (!TryGet(obj, key, out var value))
        {
            if (required)
            {
                Invalid(at, "缺少必填项。", "is missing; it is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Invalid(at, "应为整数。", "must be a whole number.");
            return null;
        }

        return number;
    }

    internal decimal? Decimal(JsonElement obj, string key, string path, bool required = true)
    {
        var at = path + "." + key;
        if (!TryGet(obj, key, out var value))
        {
            if (required)
            {
                Invalid(at, "缺少必填项。", "is missing; it is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            Invalid(at, "应为数字。", "must be a number.");
            return null;
        }

        return number;
    }

    internal bool? Bool(JsonElement obj, string key, string path)
    {
        if (!TryGet(obj, key, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Invalid(path + "." + key, "应为 true 或 false。", "must be true or false.");
            return null;
        }

        return value.GetBoolean();
    }

    internal JsonElement? Object(JsonElement obj, string key, string path, bool required = true)
    {
        var at = path + "." + key;
        if (!TryGet(obj, key, out var value))
        {
            if (required)
            {
                Invalid(at, "缺少必填项。", "is missing; it is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Invalid(at, "应为对象。", "must be an object.");
            return null;
        }

        return value;
    }

    /// <summary>The objects of an array, each with its path; an item that is not an object is a problem.</summary>
    internal IReadOnlyList<(JsonElement Item, string Path)> Objects(JsonElement obj, string key, string path, bool required = true)
        => Items(obj, key, path, required, ("应为数组。", "must be an array."), ("应为对象。", "must be an object."), item => (item.ValueKind == JsonValueKind.Object, item));

    /// <summary>An array of non-empty strings, each with its path.</summary>
    internal IReadOnlyList<(string Value, string Path)> Strings(JsonElement obj, string key, string path, bool required = true)
        => Items(obj, key, path, required, ("应为字符串数组。", "must be an array of strings."), ("应为非空字符串。", "must be a non-empty string."), item => (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()), item.ValueKind == JsonValueKind.String ? item.GetString()! : string.Empty));

    /// <summary>The items of an array that <paramref name="read"/> accepts, each with its path; any other item, a missing required array or a value that is not an array is a problem.</summary>
    private List<(T Value, string Path)> Items<T>(JsonElement obj, string key, string path, bool required, (string Zh, string En) notArray, (string Zh, string En) badItem, Func<JsonElement, (bool Ok, T Value)> read)
    {
        var at = path + "." + key;
        var items = new List<(T, string)>();
        if (!TryGet(obj, key, out var value))
        {
            if (required)
            {
                Invalid(at, "缺少必填项。", "is missing; it is required.");
            }

            return items;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Invalid(at, notArray.Zh, notArray.En);
            return items;
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{at}[{i++}]";
            var (ok, read1) = read(item);
            if (ok)
            {
                items.Add((read1, itemPath));
            }
            else
            {
                Invalid(itemPath, badItem.Zh, badItem.En);
            }
        }

        return items;
    }

    /// <summary>A bilingual text <c>{"zh": …, "en": …}</c>.</summary>
    internal (string Chinese, string English)? Text(JsonElement obj, string key, string path, bool required = true)
    {
        if (Object(obj, key, path, required) is not { } text)
        {
            return null;
        }

        var zh = String(text, "zh", path + "." + key);
        var en = String(text, "en", path + "." + key);
        return zh is null || en is null ? null : (zh, en);
    }

    /// <summary>Records every id used more than once, at each later use.</summary>
    internal void Unique(IEnumerable<(string Id, string Path)> ids, string what)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, path) in ids)
        {
            if (!seen.TryAdd(id, path))
            {
                Fail(CampaignErrorCodes.DuplicateId, path, $"{what} '{id}' 重复（首次出现于 {seen[id]}）。", $"{what} '{id}' is used twice (first at {seen[id]}); each needs its own.");
            }
        }
    }
}
