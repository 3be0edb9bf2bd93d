namespace HuXiao.Reporting;

/// <summary>
/// An input could not be read, and the caller asked for an exception (<see cref="ReadResult{T}.GetValueOrThrow"/>):
/// <see cref="Problems"/> lists every reason with its location. Readers themselves never throw it.
/// </summary>
public sealed class ReportReadException : ReportingException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems; the first one's code becomes <see cref="HuXiaoException.Code"/>.</param>
    public ReportReadException(IReadOnlyList<InputProblem> problems)
        : base(problems is { Count: > 0 } ? problems[0].Code : ErrorCodes.InvalidValue, $"The input could not be read: {string.Join(" ", (problems ?? []).Take(10).Select(p => p.ToString()))}")
    {
        Problems = problems ?? [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }
}
