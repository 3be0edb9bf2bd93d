using HuXiao.Reporting;

namespace HuXiao.Calendar;

/// <summary>
/// A campaign definition (from <see cref="CampaignBuilder"/>, JSON or options) was refused. The message lists every
/// problem found, each with where it is and how to fix it; <see cref="Problems"/> holds them one by one.
/// </summary>
public sealed class CampaignDefinitionException : HuXiaoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A code from <see cref="CalendarErrorCodes"/>.</param>
    /// <param name="problems">What is wrong, one entry per problem.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public CampaignDefinitionException(string code, IReadOnlyList<string> problems, Exception? innerException = null)
        : this(code, Preconditions.CheckNotNull(problems).Select(p => new DefinitionProblem(code, "$", p)).ToArray(), innerException)
    {
    }

    /// <summary>Creates the exception from located problems.</summary>
    /// <param name="code">A code from <see cref="CalendarErrorCodes"/>.</param>
    /// <param name="problems">What is wrong, each with its JSON path in the definition document.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public CampaignDefinitionException(string code, IReadOnlyList<DefinitionProblem> problems, Exception? innerException = null)
        : base(code, Describe(Preconditions.CheckNotNull(problems).Select(Text).ToArray()), innerException)
    {
        DefinitionProblems = Array.AsReadOnly(problems.ToArray());
        Problems = Array.AsReadOnly(problems.Select(Text).ToArray());
    }

    /// <summary>The problems found, one per entry, as text (path and message).</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>
    /// The problems found, each with its code and its JSON path in the definition document (such as
    /// <c>$.targets[2].due</c>); a problem of a campaign built in code has the path its item would have in a document.
    /// </summary>
    public IReadOnlyList<DefinitionProblem> DefinitionProblems { get; }

    private static string Text(DefinitionProblem problem) => problem.Path == "$" ? problem.Message : $"{problem.Path} {problem.Message}";

    private static string Describe(IReadOnlyList<string> problems)
        => problems.Count == 1
            ? $"The campaign definition was refused: {problems[0]}"
            : $"The campaign definition was refused ({problems.Count} problems):{Environment.NewLine}- "
              + string.Join(Environment.NewLine + "- ", problems);
}
