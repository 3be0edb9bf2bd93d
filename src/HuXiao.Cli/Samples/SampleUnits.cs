using HuXiao.Reporting;

namespace HuXiao.Cli.Samples;

/// <summary>Zhengzhou's reporting units (the project's units specification): the city and the police organs that file to it.</summary>
internal static class SampleUnits
{
    /// <summary>The city bureau (市局), which combines the units' forms.</summary>
    internal static OrganisationUnit City { get; } = new("410100", "郑州市");

    /// <summary>The police organs that file the monthly form, with whether their campuses are mostly urban.</summary>
    internal static IReadOnlyList<(OrganisationUnit Unit, UnitKind Kind)> Filers { get; } =
    [
        (new("410102", "中原区"), UnitKind.District),
        (new("410103", "二七区"), UnitKind.District),
        (new("410104", "管城回族区"), UnitKind.District),
        (new("410105", "金水区"), UnitKind.District),
        (new("410106", "上街区"), UnitKind.District),
        (new("410108", "惠济区"), UnitKind.District),
        (new("410122", "中牟县"), UnitKind.County),
        (new("410181", "巩义市"), UnitKind.County),
        (new("410182", "荥阳市"), UnitKind.County),
        (new("410183", "新密市"), UnitKind.County),
        (new("410184", "新郑市"), UnitKind.County),
        (new("410185", "登封市"), UnitKind.County),
        (new("410171", "郑州航空港经济综合实验区"), UnitKind.Zone),
        (new("410172", "郑州高新技术产业开发区"), UnitKind.Zone),
        (new("410173", "郑州经济技术开发区"), UnitKind.Zone),
        // 郑东新区 has no national division code; the project gives it a local one.
        (new("410100-ZD", "郑东新区"), UnitKind.Zone),
    ];

    /// <summary>The hierarchy: the city over its filing units.</summary>
    internal static UnitHierarchy Hierarchy { get; } = UnitHierarchy.CreateBuilder(City).AddUnderRoot(Filers.Select(f => f.Unit)).Build();

    internal enum UnitKind
    {
        District,
        County,
        Zone,
    }
}
