using System.Text.RegularExpressions;

namespace HuXiao.Calendar;

/// <summary>The shape of ids used in the calendar (campaign, milestone, semester, obligation ids).</summary>
internal static partial class Ids
{
    internal const string Shape = "lower-case letters, digits and '-', starting with a letter or digit (for example 'gate-keeping' or '2016-2017-2')";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();

    [GeneratedRegex("^[A-Z][0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorRegex();

    internal static bool IsValid(string? id) => id is not null && IdRegex().IsMatch(id);

    internal static bool IsIndicatorCode(string? code) => code is not null && IndicatorRegex().IsMatch(code);

    internal static string Check(string? id, string parameterName)
    {
        Preconditions.CheckNotBlank(id, parameterName);
        Preconditions.CheckArgument(IsValid(id), parameterName, $"'{id}' is not a valid id: use {Shape}.");
        return id;
    }
}
