using HuXiao.Calendar;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Briefing;

/// <summary>
/// The briefing's header: whose briefing it is, for which month, at which date, and where the campaign stands
/// then. Immutable and thread-safe.
/// </summary>
public sealed record BriefingHeader
{
    /// <summary>The city (or other parent unit) the briefing is for, for example 410100 郑州市.</summary>
    public required OrganisationUnit City { get; init; }

    /// <summary>The campaign's title in Chinese, for example 护校安园专项行动.</summary>
    public required string CampaignTitle { get; init; }

    /// <summary>The month the units' forms report on.</summary>
    public required YearMonth Period { get; init; }

    /// <summary>The date the briefing judges at.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The last day on which this month's form was on time.</summary>
    public required LocalDate ReportDue { get; init; }

    /// <summary>How many units were expected, and how many filed, filed late, filed with errors, were refused or are missing.</summary>
    public required FilingTally Filings { get; init; }

    /// <summary>Whether <see cref="AsOf"/> lies in the campaign's span.</summary>
    public required bool IsInCampaign { get; init; }

    /// <summary>The campaign phase at <see cref="AsOf"/>, or <see langword="null"/> when the date lies in none (January 2018 of the 2017 campaign lies in no phase; after the campaign, none either).</summary>
    public Phase? Phase { get; init; }

    /// <summary>The next monthly report due at <see cref="AsOf"/> (a report due that day counts), or <see langword="null"/> after the last.</summary>
    public ReportingPeriod? NextReport { get; init; }
}
