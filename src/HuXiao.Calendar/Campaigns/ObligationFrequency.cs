namespace HuXiao.Calendar;

/// <summary>The window in which a recurring obligation must be met a minimum number of times.</summary>
public enum ObligationFrequency
{
    /// <summary>Each calendar month of the campaign.</summary>
    Monthly = 0,

    /// <summary>Each semester that overlaps the campaign.</summary>
    PerSemester = 1,
}
