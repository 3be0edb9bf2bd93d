using HuXiao.Reporting;

namespace HuXiao.Cli.Samples;

/// <summary>
/// Zhengzhou's reporting units for the sample data: the built-in unit list, <see cref="UnitHierarchy.Zhengzhou2017"/>
/// — the city bureau (郑州市公安局) and the police organs that file to it, by the organs' names (中原分局 …), as the
/// form's 填表单位 prints them. Nothing here repeats the list.
/// </summary>
internal static class SampleUnits
{
    /// <summary>The hierarchy: the city bureau over its filing units.</summary>
    internal static UnitHierarchy Hierarchy => UnitHierarchy.Zhengzhou2017;

    /// <summary>The city bureau (市局), which combines the units' forms.</summary>
    internal static OrganisationUnit City => Hierarchy.Root;

    /// <summary>The police organs that file the monthly form, in the list's order, with the kind of area each covers.</summary>
    internal static IReadOnlyList<(OrganisationUnit Unit, UnitKind Kind)> Filers { get; } =
        Hierarchy.ChildrenOf(Hierarchy.Root.Code).Select(u => (u, KindOf(u.Code))).ToArray();

    /// <summary>
    /// The kind of area a unit covers, from its division code (GB/T 2260 and the statistical division codes): the
    /// last two digits 01–20 are a city's districts, 71–79 development zones, the rest counties and county-level
    /// cities; a local code (郑东新区's <c>410100-ZD</c>, which has no national one) is a zone. The sample data uses
    /// it only to make its urban share plausible.
    /// </summary>
    private static UnitKind KindOf(string code)
    {
        if (code.Length != 6 || !int.TryParse(code.AsSpan(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var tail))
        {
            return UnitKind.Zone;
        }

        return tail switch
        {
            <= 20 => UnitKind.District,
            >= 71 and <= 79 => UnitKind.Zone,
            _ => UnitKind.County,
        };
    }

    internal enum UnitKind
    {
        District,
        County,
        Zone,
    }
}
