namespace HuXiao.Reporting;

/// <summary>
/// One problem of a campaign definition document, located by its JSON path: errors as data, so that a reader can
/// list every problem of a document at once (<c>huxiao campaign check</c>).
/// </summary>
public sealed record DefinitionProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">Its stable code, one of <see cref="CampaignErrorCodes"/>.</param>
    /// <param name="path">Where it is, as a JSON path such as <c>$.consistencyRules[2].limit</c>.</param>
    /// <param name="message">What is wrong and how to fix it, Chinese first, then English.</param>
    public DefinitionProblem(string code, string path, string message)
    {
        Code = Preconditions.CheckNotBlank(code);
        Path = Preconditions.CheckNotBlank(path);
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The stable code, one of <see cref="CampaignErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The JSON path of the key or item at fault, such as <c>$.targets[0].due.date</c>.</summary>
    public string Path { get; }

    /// <summary>What is wrong and how to fix it, Chinese first, then English.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Path}: {Message}";
}
