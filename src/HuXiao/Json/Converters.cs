using System.Text.Json;
using System.Text.Json.Serialization;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Months;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;

namespace HuXiao.Json;

/// <summary>The converters <see cref="HuXiaoJson"/> adds: thin wrappers over <see cref="JsonWire"/>, which holds the wire shapes.</summary>
internal static class Converters
{
    internal static IReadOnlyList<JsonConverter> All { get; } =
    [
        new Readable<MonthlyReport>(JsonWire.WriteReport, JsonWire.ReadReport),
        new Readable<InputProblem>(JsonWire.WriteProblem, JsonWire.ReadProblem),
        new Readable<ReadResult<MonthlyReport>>(JsonWire.WriteReadResult, JsonWire.ReadReadResult),
        new Readable<Finding>(JsonWire.WriteFinding, JsonWire.ReadFinding),
        new Readable<ValidationFinding>(JsonWire.WriteValidationFinding, JsonWire.ReadValidationFinding),
        new WriteOnly<ValidationResult>(JsonWire.WriteValidationResult),
        new WriteOnly<ComplianceFinding>(JsonWire.WriteComplianceFinding),
        new WriteOnly<ComplianceResult>(JsonWire.WriteComplianceResult),
        new WriteOnly<MonthlyCycle>(JsonWire.WriteMonth),
    ];

    private sealed class Readable<T>(Action<Utf8JsonWriter, T> write, Func<JsonElement, T> read) : JsonConverter<T>
        where T : class
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return read(document.RootElement);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
    }

    private sealed class WriteOnly<T>(Action<Utf8JsonWriter, T> write) : JsonConverter<T>
        where T : class
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => throw new NotSupportedException($"A {typeToConvert.Name} is computed, not read: read its inputs and build it again.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
    }
}
