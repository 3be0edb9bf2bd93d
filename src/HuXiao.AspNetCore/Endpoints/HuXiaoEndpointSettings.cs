using HuXiao.Reporting;

namespace HuXiao.AspNetCore.Endpoints;

/// <summary>The endpoints' settings, validated and fixed once built from <see cref="HuXiaoEndpointOptions"/>.</summary>
internal sealed record HuXiaoEndpointSettings(UnitHierarchy Units);
