using NodaTime;
using NodaTime.Text;

namespace HuXiao.Cli;

/// <summary>Dates on the command line: <c>YYYY-MM-DD</c>.</summary>
internal static class Dates
{
    internal static LocalDate Parse(string verb, string option, string text)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new CliUsageException($"{verb}: {option} '{text}' 不是日期，请写作 YYYY-MM-DD。 {option} '{text}' is not a date; write it as YYYY-MM-DD, for example 2017-11-01.");
    }

    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
