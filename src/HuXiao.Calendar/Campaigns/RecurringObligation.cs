using HuXiao.Reporting;


namespace HuXiao.Calendar;

/// <summary>
/// A duty that recurs in every window of a campaign — at least <see cref="MinimumCount"/> times per month or per
/// semester, by every unit in <see cref="Scope"/>. For example: at least 2 liaison-officer visits per month at each
/// of the 59 city-managed schools (二(七)). Immutable and thread-safe, with value equality.
/// </summary>
public sealed class RecurringObligation : IEquatable<RecurringObligation>
{
    /// <summary>Creates an obligation.</summary>
    /// <param name="id">A stable id, unique in the campaign (lower-case letters, digits, '-').</param>
    /// <param name="kind">What the obligation is about.</param>
    /// <param name="frequency">The window: each month or each semester.</param>
    /// <param name="minimumCount">The least number of times per window per unit; positive.</param>
    /// <param name="clause">The clause of the source, such as <c>二(七)</c>.</param>
    /// <param name="description">What must be done.</param>
    /// <param name="scope">Who must do it, such as each of the 59 city-managed schools.</param>
    /// <param name="unitCount">How many units the scope counts when the source gives a number (59); null when it names a class (all campuses).</param>
    /// <exception cref="ArgumentException">A required argument is missing or out of range.</exception>
    public RecurringObligation(
        string id,
        ObligationKind kind,
        ObligationFrequency frequency,
        int minimumCount,
        string clause,
        BilingualText description,
        BilingualText scope,
        int? unitCount = null)
    {
        Id = Ids.Check(id, nameof(id));
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"Unknown obligation kind {(int)kind}.");
        Preconditions.CheckArgument(Enum.IsDefined(frequency), nameof(frequency), $"Unknown obligation frequency {(int)frequency}.");
        Kind = kind;
        Frequency = frequency;
        MinimumCount = Preconditions.CheckPositive(minimumCount);
        Clause = Preconditions.CheckNotBlank(clause);
        Description = Preconditions.CheckNotNull(description);
        Scope = Preconditions.CheckNotNull(scope);
        if (unitCount is { } count)
        {
            Preconditions.CheckPositive(count, nameof(unitCount));
        }

        UnitCount = unitCount;
    }

    /// <summary>The obligation id.</summary>
    public string Id { get; }

    /// <summary>What the obligation is about.</summary>
    public ObligationKind Kind { get; }

    /// <summary>The window in which it must be met.</summary>
    public ObligationFrequency Frequency { get; }

    /// <summary>The least number of times per window per unit.</summary>
    public int MinimumCount { get; }

    /// <summary>The clause of the source.</summary>
    public string Clause { get; }

    /// <summary>What must be done.</summary>
    public BilingualText Description { get; }

    /// <summary>Who must do it.</summary>
    public BilingualText Scope { get; }

    /// <summary>How many units the scope counts, when the source gives a number; otherwise null.</summary>
    public int? UnitCount { get; }

    /// <inheritdoc />
    public bool Equals(RecurringObligation? other)
        => other is not null
           && string.Equals(Id, other.Id, StringComparison.Ordinal)
           && Kind == other.Kind
           && Frequency == other.Frequency
           && MinimumCount == other.MinimumCount
           && string.Equals(Clause, other.Clause, StringComparison.Ordinal)
           && Description.Equals(other.Description)
           && Scope.Equals(other.Scope)
           && UnitCount == other.UnitCount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecurringObligation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Kind, Frequency, MinimumCount);

    /// <summary>The obligation as <c>liaison-visits: ≥2 per Monthly (二(七))</c>.</summary>
    public override string ToString() => $"{Id}: ≥{MinimumCount} per {Frequency} ({Clause})";
}
