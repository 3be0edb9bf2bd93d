namespace HuXiao.Compliance;

/// <summary>Whether a campus counts as urban (城市, A02) or rural (农村, A03).</summary>
public enum CampusLocation
{
    /// <summary>城市校园: counted in A02.</summary>
    Urban,

    /// <summary>农村校园: counted in A03.</summary>
    Rural,
}
