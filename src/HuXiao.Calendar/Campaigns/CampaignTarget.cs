using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// A compliance target of a campaign as data (the definition's <c>"targets"</c>): what must hold, by when, by which
/// clause. Its <see cref="Kind"/> says how HuXiao.Compliance judges it (<c>coverage</c>, <c>subsetRate</c>, or one of
/// the register-based kinds) and <see cref="Parameters"/> carries that kind's parameters as written in the document.
/// </summary>
public sealed class CampaignTarget : IEquatable<CampaignTarget>
{
    /// <summary>The parameters that name indicators of the form, whatever the kind.</summary>
    public static IReadOnlyList<string> IndicatorParameters { get; } = ["covered", "of", "met", "subset", "rest"];

    /// <summary>Creates a target.</summary>
    /// <param name="id">A stable id, unique in the campaign, such as <c>closed-management</c>.</param>
    /// <param name="title">What the target requires, Chinese and English.</param>
    /// <param name="clause">The clause of the source, such as <c>二(一)5</c>.</param>
    /// <param name="kind">How it is judged: <c>coverage</c>, <c>subsetRate</c>, <c>staffingNorm</c>, …</param>
    /// <param name="due">When it falls due; null for a target judged period by period (drills each semester).</param>
    /// <param name="dueSource">Where the due date comes from, when not plainly the clause (a setting); optional.</param>
    /// <param name="parameters">The kind's parameters, each as its JSON text (<c>A08</c>, <c>0.85</c>, <c>2017-05</c>).</param>
    /// <exception cref="ArgumentException">An argument is missing or malformed.</exception>
    public CampaignTarget(string id, BilingualText title, string clause, string kind, MilestoneDue? due, string? dueSource, IReadOnlyDictionary<string, string> parameters)
    {
        Id = Ids.Check(id, nameof(id));
        Title = Preconditions.CheckNotNull(title);
        Clause = Preconditions.CheckNotBlank(clause);
        Kind = Preconditions.CheckNotBlank(kind);
        Due = due;
        DueSource = string.IsNullOrWhiteSpace(dueSource) ? null : dueSource;
        Parameters = new SortedDictionary<string, string>(Preconditions.CheckNotNull(parameters).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal).AsReadOnly();
        Indicators = IndicatorParameters.Where(Parameters.ContainsKey).Select(p => Parameters[p]).ToArray();
    }

    private CampaignTarget(CampaignTarget target, LocalDate? dueDate)
    {
        Id = target.Id;
        Title = target.Title;
        Clause = target.Clause;
        Kind = target.Kind;
        Due = target.Due;
        DueSource = target.DueSource;
        Parameters = target.Parameters;
        Indicators = target.Indicators;
        DueDate = dueDate;
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>What the target requires.</summary>
    public BilingualText Title { get; }

    /// <summary>The clause of the source.</summary>
    public string Clause { get; }

    /// <summary>How it is judged: <c>coverage</c>, <c>subsetRate</c>, or a register-based kind.</summary>
    public string Kind { get; }

    /// <summary>The due-date rule; null for a target judged period by period.</summary>
    public MilestoneDue? Due { get; }

    /// <summary>The due date, resolved against the campaign's phases and semesters; null when <see cref="Due"/> is null or before the campaign is built.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>Where the due date comes from when it is a setting rather than the clause's words; null otherwise.</summary>
    public string? DueSource { get; }

    /// <summary>The kind's parameters by name, each as its JSON text.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>The indicator codes the parameters name (see <see cref="IndicatorParameters"/>), in that order.</summary>
    public IReadOnlyList<string> Indicators { get; }

    internal CampaignTarget WithDueDate(LocalDate? dueDate) => new(this, dueDate);

    /// <inheritdoc />
    public bool Equals(CampaignTarget? other)
        => other is not null
           && string.Equals(Id, other.Id, StringComparison.Ordinal)
           && Title.Equals(other.Title)
           && string.Equals(Clause, other.Clause, StringComparison.Ordinal)
           && string.Equals(Kind, other.Kind, StringComparison.Ordinal)
           && Equals(Due, other.Due)
           && DueDate == other.DueDate
           && string.Equals(DueSource, other.DueSource, StringComparison.Ordinal)
           && Parameters.Count == other.Parameters.Count
           && Parameters.All(p => other.Parameters.TryGetValue(p.Key, out var v) && string.Equals(v, p.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CampaignTarget);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Kind, DueDate);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Kind})";
}
