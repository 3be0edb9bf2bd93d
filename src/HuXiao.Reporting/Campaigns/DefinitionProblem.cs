namespace HuXiao.Reporting;

/// <summary>
/// One problem of a campaign definition document, located by its JSON path: errors as data, so that a reader can
/// list every problem of a document at once (<c>huxiao campaign check</c>).
/// </summary>
public sealed record DefinitionProblem
{
    /// <summary>Creates a problem whose message is one text (a builder's message to the programmer, in English).</summary>
    /// <param name="code">Its stable code, one of <see cref="CampaignErrorCodes"/>.</param>
    /// <param name="path">Where it is, as a JSON path such as <c>$.consistencyRules[2].limit</c>.</param>
    /// <param name="message">What is wrong and how to fix it, Chinese first, then English.</param>
    public DefinitionProblem(string code, string path, string message)
    {
        Code = Preconditions.CheckNotBlank(code);
        Path = Preconditions.CheckNotBlank(path);
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>Creates a problem from its message in both languages.</summary>
    /// <param name="code">Its stable code, one of <see cref="CampaignErrorCodes"/>.</param>
    /// <param name="path">Where it is, as a JSON path such as <c>$.consistencyRules[2].limit</c>.</param>
    /// <param name="text">What is wrong and how to fix it, Chinese and English; <see cref="Message"/> is the two in turn.</param>
    public DefinitionProblem(string code, string path, BilingualText text)
        : this(code, path, $"{Preconditions.CheckNotNull(text).Chinese} {text.English}")
    {
        Text = text;
    }

    /// <summary>The stable code, one of <see cref="CampaignErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The JSON path of the key or item at fault, such as <c>$.targets[0].due.date</c>.</summary>
    public string Path { get; }

    /// <summary>What is wrong and how to fix it, Chinese first, then English.</summary>
    public string Message { get; }

    /// <summary>
    /// The message in each language, where the problem was made with both (every problem of a definition document);
    /// <see langword="null"/> where it was made with one text (a builder's message to the programmer).
    /// </summary>
    public BilingualText? Text { get; }

    /// <summary>
    /// The problem in the one finding shape: an error of kind <see cref="FindingKind.Definition"/> located at
    /// <see cref="Path"/>. A problem made with one text carries it in both languages.
    /// </summary>
    /// <returns>The finding.</returns>
    public Finding ToFinding() => new()
    {
        Kind = FindingKind.Definition,
        Code = Code,
        Severity = FindingSeverity.Error,
        Location = Path,
        Message = Text ?? new BilingualText(Message, Message),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Path}: {Message}";
}
