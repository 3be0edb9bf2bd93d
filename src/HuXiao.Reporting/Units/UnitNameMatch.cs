namespace HuXiao.Reporting;

/// <summary>
/// What a printed unit name (a form's 填表单位) matched in a <see cref="UnitHierarchy"/>: one unit, several, or none
/// with the close names a person may have meant. Immutable.
/// </summary>
public sealed class UnitNameMatch
{
    internal UnitNameMatch(string printed, IReadOnlyList<OrganisationUnit> matches, IReadOnlyList<OrganisationUnit> close)
    {
        Printed = printed;
        Matches = matches;
        CloseUnits = close;
    }

    /// <summary>The name as given.</summary>
    public string Printed { get; }

    /// <summary>The unit, when exactly one unit is known by that name (or alias).</summary>
    public OrganisationUnit? Unit => Matches.Count == 1 ? Matches[0] : null;

    /// <summary>Every unit known by that name; more than one when the name is ambiguous.</summary>
    public IReadOnlyList<OrganisationUnit> Matches { get; }

    /// <summary>When nothing matched: units whose names are close to the printed one, at most five.</summary>
    public IReadOnlyList<OrganisationUnit> CloseUnits { get; }

    /// <summary>Whether the name names exactly one unit.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Unit))]
    public bool IsUnique => Matches.Count == 1;

    /// <summary>Whether the name names several units.</summary>
    public bool IsAmbiguous => Matches.Count > 1;

    /// <summary>The names a message should offer: the matches when ambiguous, the close units otherwise.</summary>
    public IEnumerable<string> Suggestions => (IsAmbiguous ? Matches : CloseUnits).Select(u => $"{u.Name}（{u.Code}）");
}
