using System.Collections.Frozen;

namespace HuXiao.Reporting;

/// <summary>
/// Reporting units arranged in a tree of any depth: a city over its district and county police organs, over
/// stations or campuses. Immutable and thread-safe; built with <see cref="CreateBuilder"/>.
/// </summary>
public sealed class UnitHierarchy
{
    private readonly FrozenDictionary<string, OrganisationUnit> _units;
    private readonly FrozenDictionary<string, string> _parents;
    private readonly FrozenDictionary<string, OrganisationUnit[]> _children;

    internal UnitHierarchy(OrganisationUnit root, IReadOnlyList<(OrganisationUnit Unit, string Parent)> members)
    {
        Root = root;
        var units = new Dictionary<string, OrganisationUnit>(StringComparer.Ordinal) { [root.Code] = root };
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        var children = new Dictionary<string, List<OrganisationUnit>>(StringComparer.Ordinal);
        foreach (var (unit, parent) in members)
        {
            units[unit.Code] = unit;
            parents[unit.Code] = parent;
            if (!children.TryGetValue(parent, out var list))
            {
                children[parent] = list = [];
            }

            list.Add(unit);
        }

        _units = units.ToFrozenDictionary(StringComparer.Ordinal);
        _parents = parents.ToFrozenDictionary(StringComparer.Ordinal);
        _children = children.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The top unit, for example the city.</summary>
    public OrganisationUnit Root { get; }

    /// <summary>The number of units, the root included.</summary>
    public int Count => _units.Count;

    /// <summary>Whether the hierarchy has a unit with this code.</summary>
    /// <param name="code">A unit code.</param>
    public bool Contains(string code) => _units.ContainsKey(code);

    /// <summary>The unit with a code.</summary>
    /// <param name="code">A unit code.</param>
    /// <exception cref="KeyNotFoundException">No unit has that code.</exception>
    public OrganisationUnit this[string code]
        => _units.TryGetValue(code, out var unit) ? unit : throw new KeyNotFoundException($"The hierarchy under {Root} has no unit '{code}'.");

    /// <summary>The direct children of a unit, in the order they were added; empty for a leaf.</summary>
    /// <param name="code">A unit code.</param>
    public IReadOnlyList<OrganisationUnit> ChildrenOf(string code)
        => _children.TryGetValue(code, out var list) ? list : [];

    /// <summary>The parent of a unit, or <see langword="null"/> for the root.</summary>
    /// <param name="code">A unit code.</param>
    public OrganisationUnit? ParentOf(string code)
        => _parents.TryGetValue(code, out var parent) ? _units[parent] : null;

    /// <summary>Whether a unit has no children.</summary>
    /// <param name="code">A unit code.</param>
    public bool IsLeaf(string code) => !_children.ContainsKey(code);

    /// <summary>Every unit below a unit, depth first, children in order.</summary>
    /// <param name="code">A unit code.</param>
    public IEnumerable<OrganisationUnit> DescendantsOf(string code)
    {
        foreach (var child in ChildrenOf(code))
        {
            yield return child;
            foreach (var below in DescendantsOf(child.Code))
            {
                yield return below;
            }
        }
    }

    /// <summary>The units with no children, depth first.</summary>
    public IEnumerable<OrganisationUnit> Leaves => IsLeaf(Root.Code) ? [Root] : DescendantsOf(Root.Code).Where(u => IsLeaf(u.Code));

    /// <summary>The number of levels below the root (0 for a root alone).</summary>
    public int Depth => DepthBelow(Root.Code);

    private int DepthBelow(string code) => ChildrenOf(code).Select(c => 1 + DepthBelow(c.Code)).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The built-in reporting units of Zhengzhou (the project's units specification): 410100 郑州市公安局 over the 16
    /// police organs that file the monthly form to it, each known also by its region's name (中原区) and, for the
    /// districts, by the organ's full name (郑州市公安局中原分局). 郑东新区 has no national division code and carries
    /// the local code <c>410100-ZD</c>. Read from the <c>"units"</c> of the built-in campaign definition embedded in this package.
    /// </summary>
    public static UnitHierarchy Zhengzhou2017 => BuiltInCampaign.Units;

    /// <summary>Every unit, the root first, then depth first with children in order.</summary>
    public IEnumerable<OrganisationUnit> Units => DescendantsOf(Root.Code).Prepend(Root);

    /// <summary>
    /// Finds the units a printed name (a form's 填表单位) stands for, by name or alias. Width (全角/半角), white space,
    /// case and a trailing colon do not count.
    /// </summary>
    /// <param name="printed">The name as printed, for example <c>金水分局</c> or <c>金水区</c>.</param>
    /// <returns>The match: one unit, several (ambiguous), or none with the close names.</returns>
    public UnitNameMatch FindByName(string printed)
    {
        Preconditions.CheckNotNull(printed);
        var key = UnitNames.Key(printed);
        var matches = new List<OrganisationUnit>();
        var close = new List<(OrganisationUnit Unit, int Distance)>();
        foreach (var unit in Units)
        {
            var best = int.MaxValue;
            foreach (var name in unit.Aliases.Prepend(unit.Name))
            {
                var candidate = UnitNames.Key(name);
                if (candidate.Length == 0)
                {
                    continue;
                }

                if (string.Equals(candidate, key, StringComparison.Ordinal))
                {
                    best = -1;
                    break;
                }

                var distance = key.Length > 0 && (candidate.Contains(key, StringComparison.Ordinal) || key.Contains(candidate, StringComparison.Ordinal))
                    ? 0
                    : UnitNames.Distance(candidate, key);
                best = Math.Min(best, distance);
            }

            if (best < 0)
            {
                matches.Add(unit);
            }
            else if (best <= Math.Max(1, key.Length / 3))
            {
                close.Add((unit, best));
            }
        }

        return new UnitNameMatch(
            printed,
            matches,
            matches.Count > 0 ? [] : close.OrderBy(c => c.Distance).ThenBy(c => c.Unit.Code, StringComparer.Ordinal).Take(5).Select(c => c.Unit).ToArray());
    }

    /// <summary>Starts a hierarchy.</summary>
    /// <param name="root">The top unit.</param>
    public static UnitHierarchyBuilder CreateBuilder(OrganisationUnit root) => new(Preconditions.CheckNotNull(root));
}
