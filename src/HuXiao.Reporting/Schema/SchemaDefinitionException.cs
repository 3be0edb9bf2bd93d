namespace HuXiao.Reporting;

/// <summary>A form definition was refused by <see cref="ReportSchemaBuilder.Build"/>; <see cref="Problems"/> lists every reason.</summary>
public sealed class SchemaDefinitionException : ReportingException
{
    internal SchemaDefinitionException(string schemaId, IReadOnlyList<string> problems)
        : base(ErrorCodes.SchemaDefinition, $"Schema '{schemaId}' is refused: {string.Join(" ", problems)}")
    {
        SchemaId = schemaId;
        Problems = problems;
    }

    /// <summary>The id of the refused schema.</summary>
    public string SchemaId { get; }

    /// <summary>Each problem, as a sentence that says how to fix it.</summary>
    public IReadOnlyList<string> Problems { get; }
}
