using System.Globalization;
using System.Text;

namespace HuXiao.Reporting;

/// <summary>How printed unit names are compared: width, white space and case do not count.</summary>
internal static class UnitNames
{
    internal static string Key(string name)
    {
        var normal = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Trim(':', '：', '.', '。', ',', '，', ';', '；');
    }

    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
