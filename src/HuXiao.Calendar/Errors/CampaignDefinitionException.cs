using HuXiao.Reporting;

namespace HuXiao.Calendar;

/// <summary>
/// A campaign definition (from <see cref="CampaignBuilder"/>, JSON or options) was refused. The message lists every
/// problem found, each with where it is and how to fix it; <see cref="Problems"/> holds them one by one.
/// </summary>
public sealed class CampaignDefinitionException : ReportingException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A code from <see cref="CalendarErrorCodes"/>.</param>
    /// <param name="problems">What is wrong, one entry per problem.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public CampaignDefinitionException(string code, IReadOnlyList<string> problems, Exception? innerException = null)
        : base(code, Describe(problems), innerException)
    {
        Problems = Array.AsReadOnly(problems.ToArray());
    }

    /// <summary>The problems found, one per entry.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems)
        => problems.Count == 1
            ? $"The campaign definition was refused: {problems[0]}"
            : $"The campaign definition was refused ({problems.Count} problems):{Environment.NewLine}- "
              + string.Join(Environment.NewLine + "- ", problems);
}
