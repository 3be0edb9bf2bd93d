namespace HuXiao.Compliance;

/// <summary>
/// How a campus register sums into Table A (A01–A19): each campus count is the number of campuses a predicate
/// holds for; each other figure is a sum of a count. The one place the two views are tied together.
/// </summary>
internal static class TableAMapping
{
    internal static readonly IReadOnlyList<string> Codes =
        ["A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10", "A11", "A12", "A13", "A14", "A15", "A16", "A17", "A18", "A19"];

    /// <summary>Campus counts: the campus is counted in the indicator when the predicate holds.</summary>
    internal static readonly IReadOnlyDictionary<string, Func<CampusRecord, bool>> CampusCounts = new Dictionary<string, Func<CampusRecord, bool>>(StringComparer.Ordinal)
    {
        ["A01"] = _ => true,
        ["A02"] = c => c.Location == CampusLocation.Urban,
        ["A03"] = c => c.Location == CampusLocation.Rural,
        ["A05"] = c => c.Guards > 0,
        ["A07"] = c => c.SecurityStaff > 0,
        ["A08"] = c => c.ClosedManagement,
        ["A10"] = c => c.ProtectiveEquipmentComplete,
        ["A11"] = c => c.NeedsAntiRammingBarriers,
        ["A12"] = c => c.HasAntiRammingBarriers,
        ["A13"] = c => c.NeedsTrafficFacilities,
        ["A14"] = c => c.HasTrafficFacilities,
        ["A16"] = c => c.CamerasAtGate,
        ["A17"] = c => c.VideoLinked,
        ["A18"] = c => c.MeetsNationalStandard,
        ["A19"] = c => c.OneTouchAlarmLinked,
    };

    /// <summary>Sums of counts over campuses.</summary>
    internal static readonly IReadOnlyDictionary<string, Func<CampusRecord, long>> Sums = new Dictionary<string, Func<CampusRecord, long>>(StringComparer.Ordinal)
    {
        ["A04"] = c => c.Guards,
        ["A06"] = c => c.SecurityStaff,
        ["A09"] = c => c.ProtectiveEquipmentItems,
        ["A15"] = c => c.Cameras,
    };
}
