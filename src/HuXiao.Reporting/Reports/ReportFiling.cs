using NodaTime;

namespace HuXiao.Reporting;

/// <summary>
/// The filing lines of a form: the reporting office's work contacts printed in its footer (审核人, 填表人,
/// 联系电话), the date it was filed, and its revision. Immutable and thread-safe.
/// </summary>
/// <remarks>These lines name the office's own staff; a report never carries the identity of the people it counts.</remarks>
public sealed record ReportFiling
{
    private readonly int _revision = 1;

    /// <summary>A filing with no contacts or date, revision 1.</summary>
    public static ReportFiling Unfiled { get; } = new();

    /// <summary>填表人: who prepared the form.</summary>
    public string? Preparer { get; init; }

    /// <summary>审核人: who reviewed it.</summary>
    public string? Reviewer { get; init; }

    /// <summary>联系电话: the office's contact phone.</summary>
    public string? Phone { get; init; }

    /// <summary>The date the form was filed, as printed in its footer.</summary>
    public LocalDate? FiledOn { get; init; }

    /// <summary>The revision: 1 for the first filing; a correction files a higher one, which replaces the lower.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int Revision
    {
        get => _revision;
        init => _revision = Preconditions.CheckPositive(value, nameof(Revision));
    }
}
