
namespace HuXiao.Reporting;

/// <summary>Builds a <see cref="UnitHierarchy"/>. Not thread-safe; the hierarchy it builds is immutable.</summary>
public sealed class UnitHierarchyBuilder
{
    private readonly OrganisationUnit _root;
    private readonly List<(OrganisationUnit Unit, string Parent)> _members = [];
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

    internal UnitHierarchyBuilder(OrganisationUnit root)
    {
        _root = root;
        _codes.Add(root.Code);
    }

    /// <summary>Adds a unit under a parent that is already in the hierarchy.</summary>
    /// <param name="unit">The unit to add.</param>
    /// <param name="parentCode">The code of its parent.</param>
    /// <exception cref="ReportingException">The code is already used (<see cref="ErrorCodes.HierarchyDefinition"/>), or the parent is unknown.</exception>
    public UnitHierarchyBuilder Add(OrganisationUnit unit, string parentCode)
    {
        Preconditions.CheckNotNull(unit);
        Preconditions.CheckNotBlank(parentCode);
        if (!_codes.Contains(parentCode))
        {
            throw new ReportingException(ErrorCodes.HierarchyDefinition, $"Unit {unit} names parent '{parentCode}', which is not in the hierarchy yet: add the parent first.");
        }

        if (!_codes.Add(unit.Code))
        {
            throw new ReportingException(ErrorCodes.HierarchyDefinition, $"Unit code '{unit.Code}' is already in the hierarchy: each unit needs its own code.");
        }

        _members.Add((unit, parentCode));
        return this;
    }

    /// <summary>Adds units directly under the root.</summary>
    /// <param name="units">The units.</param>
    public UnitHierarchyBuilder AddUnderRoot(IEnumerable<OrganisationUnit> units)
    {
        foreach (var unit in Preconditions.CheckNotNull(units))
        {
            Add(unit, _root.Code);
        }

        return this;
    }

    /// <summary>Builds the immutable hierarchy.</summary>
    public UnitHierarchy Build() => new(_root, _members.ToArray());
}
