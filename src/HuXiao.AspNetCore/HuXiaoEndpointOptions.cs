using HuXiao.Reporting;

namespace HuXiao.AspNetCore;

/// <summary>
/// Settings of the endpoints <c>MapHuXiao</c> adds. The form, the campaign, the rules and the read limits are those
/// <c>AddHuXiao()</c> registered; these say only whose month the endpoints serve.
/// </summary>
public sealed class HuXiaoEndpointOptions
{
    /// <summary>
    /// The unit list: its root is the unit whose month is served, the units under it are expected to file, and printed
    /// unit names on forms are read against it. <see langword="null"/> (the default) takes the units of the campaign
    /// <c>AddHuXiao()</c> registered (<see cref="HuXiao.Calendar.Campaign.Units"/>).
    /// </summary>
    public UnitHierarchy? Units { get; set; }
}
