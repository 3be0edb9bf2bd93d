namespace HuXiao.AspNetCore.Endpoints;

/// <summary>
/// The body of <c>POST months/{period}/units/{unit}/review</c> and <c>…/reopen</c>: the verdict (<c>accepted</c> or
/// <c>returned</c>; not used to reopen), who acts as a role label, the reasons (or one <c>reason</c>), and optionally
/// the SHA-256 of the form meant, so that a review never lands on a revision filed since the reviewer looked.
/// </summary>
internal sealed class ReviewRequest
{
    public string? Verdict { get; set; }

    public string? Role { get; set; }

    public string[]? Reasons { get; set; }

    public string? Reason { get; set; }

    public string? Form { get; set; }

    /// <summary>The reasons given, from <see cref="Reasons"/> and <see cref="Reason"/> (one a line), blank ones left out.</summary>
    internal IReadOnlyList<string> AllReasons()
        => (Reasons ?? [])
            .Concat((Reason ?? string.Empty).Split('\n'))
            .Select(r => r.Trim())
            .Where(r => r.Length > 0)
            .ToArray();
}
