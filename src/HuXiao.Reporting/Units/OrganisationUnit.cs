
namespace HuXiao.Reporting;

/// <summary>
/// A reporting unit: a police organ, a station or a campus, known by its code (for example the GB/T 2260
/// division code <c>410102</c>) and name. Equal when the codes are equal. Immutable and thread-safe.
/// </summary>
public sealed class OrganisationUnit : IEquatable<OrganisationUnit>
{
    /// <summary>Creates a unit.</summary>
    /// <param name="code">The unit's code; surrounding white space is removed.</param>
    /// <param name="name">The unit's name, for example <c>中原区</c>.</param>
    /// <exception cref="ArgumentException">The code or name is empty.</exception>
    public OrganisationUnit(string code, string name)
    {
        Code = Preconditions.CheckNotBlank(code).Trim();
        Name = Preconditions.CheckNotBlank(name).Trim();
        Aliases = [];
    }

    /// <summary>Creates a unit that is also printed under other names.</summary>
    /// <param name="code">The unit's code; surrounding white space is removed.</param>
    /// <param name="name">The unit's name, for example <c>中原分局</c>.</param>
    /// <param name="aliases">
    /// Other names a form may print for the unit, for example the region's <c>中原区</c> and the organ's full name
    /// <c>郑州市公安局中原分局</c>; blanks and repeats of the name are dropped.
    /// </param>
    /// <exception cref="ArgumentException">The code or name is empty.</exception>
    public OrganisationUnit(string code, string name, IEnumerable<string> aliases)
        : this(code, name)
    {
        Aliases = Preconditions.CheckNotNull(aliases)
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a.Trim())
            .Where(a => !string.Equals(a, Name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The unit's code.</summary>
    public string Code { get; }

    /// <summary>The unit's name.</summary>
    public string Name { get; }

    /// <summary>Other names a form may print for the unit (see <see cref="UnitHierarchy.FindByName"/>); empty when none.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <inheritdoc />
    public bool Equals(OrganisationUnit? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OrganisationUnit);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code and name, for example <c>410102 中原区</c>.</summary>
    public override string ToString() => $"{Code} {Name}";
}
