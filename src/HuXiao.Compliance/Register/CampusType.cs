namespace HuXiao.Compliance;

/// <summary>The kind of school on a campus.</summary>
public enum CampusType
{
    /// <summary>幼儿园.</summary>
    Kindergarten,

    /// <summary>小学.</summary>
    Primary,

    /// <summary>中学 (junior or senior secondary).</summary>
    Secondary,

    /// <summary>九年一贯制学校 (nine-year school).</summary>
    NineYear,

    /// <summary>Any other kind (special education, vocational, …).</summary>
    Other,
}
