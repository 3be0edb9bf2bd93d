using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace HuXiao;

/// <summary>
/// System.Text.Json support for the results an app returns or stores: <see cref="Reporting.MonthlyReport"/> (as the
/// JSON interchange format), <see cref="Reporting.ReadResult{T}"/> of a report, from JSON or Excel alike (the
/// report or every problem, each with its code, location and messages), <see cref="Reporting.InputProblem"/>, the one
/// finding shape <see cref="Reporting.Finding"/>,
/// consistency findings and results, compliance findings and results, and the month
/// (<see cref="Months.MonthlyCycle"/>: every unit's status with the wire names of <c>huxiao aggregate --format json</c>,
/// the roll-up and the findings). NodaTime values are ISO text (<c>2017-05</c>, <c>2017-06-01</c>).
/// </summary>
/// <remarks>
/// The wire names are fixed, whatever naming policy the app's options carry, because they are a contract. The
/// converters write with <see cref="Utf8JsonWriter"/> and need no reflection. Reports, read results, problems, findings and
/// consistency findings read back; the month and compliance results are computed, so they are
/// written only (reading them throws <see cref="NotSupportedException"/>). Plug them into ASP.NET Core with
/// <c>services.ConfigureHttpJsonOptions(o =&gt; HuXiaoJson.Configure(o.SerializerOptions))</c>.
/// </remarks>
public static class HuXiaoJson
{
    /// <summary>
    /// Read-only options with every HuXiao converter and NodaTime's, camel-case names for an app's own types, and
    /// Chinese written as is rather than escaped.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Adds every HuXiao converter and NodaTime's (ISO text, the tz database) to an app's options.</summary>
    /// <param name="options">The options to configure, such as ASP.NET Core's <c>JsonOptions.SerializerOptions</c>; not yet in use.</param>
    /// <returns>The same options.</returns>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        foreach (var converter in Json.Converters.All)
        {
            options.Converters.Insert(0, converter);
        }

        return options;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        });
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
