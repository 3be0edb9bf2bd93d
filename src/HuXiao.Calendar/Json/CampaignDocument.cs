namespace HuXiao.Calendar.Json;

// The JSON shape of a campaign (format version 1). Every field is nullable so that the reader can say exactly
// which one is missing, with its path, instead of failing inside the serializer.

/// <summary>A campaign document.</summary>
internal sealed class CampaignDocument
{
    public int? FormatVersion { get; set; }

    public string? Id { get; set; }

    public TextDocument? Title { get; set; }

    public string? Source { get; set; }

    public string? TimeZone { get; set; }

    public DateRangeDocument? Span { get; set; }

    public DateRangeDocument? ReportingMonths { get; set; }

    public MonthlyReportDocument? MonthlyReport { get; set; }

    public string? MonthToSemester { get; set; }

    public string? ReportSchema { get; set; }

    public List<PhaseDocument>? Phases { get; set; }

    public List<SemesterDocument>? Semesters { get; set; }

    public List<MilestoneDocument>? Milestones { get; set; }

    public List<ObligationDocument>? Obligations { get; set; }

    public List<EventObligationDocument>? EventObligations { get; set; }

    // The parts other packages read (HuXiao.Reporting: form, consistencyRules, units; HuXiao.Compliance: targets):
    // kept as raw JSON here so that one document carries the whole campaign.
    public System.Text.Json.JsonElement? Form { get; set; }

    public System.Text.Json.JsonElement? ConsistencyRules { get; set; }

    public System.Text.Json.JsonElement? Targets { get; set; }

    public System.Text.Json.JsonElement? Units { get; set; }
}

/// <summary>A Chinese text with its English rendering.</summary>
internal sealed class TextDocument
{
    public string? Zh { get; set; }

    public string? En { get; set; }
}

/// <summary>A range: two dates (YYYY-MM-DD) or two months (YYYY-MM), both inclusive.</summary>
internal sealed class DateRangeDocument
{
    public string? Start { get; set; }

    public string? End { get; set; }
}

/// <summary>The monthly report rule.</summary>
internal sealed class MonthlyReportDocument
{
    public string? Clause { get; set; }

    public int? DayOfNextMonth { get; set; }

    public string? Reading { get; set; }
}

/// <summary>A phase.</summary>
internal sealed class PhaseDocument
{
    public int? Number { get; set; }

    public TextDocument? Name { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? Schedule { get; set; }

    public TextDocument? Description { get; set; }
}

/// <summary>A semester.</summary>
internal sealed class SemesterDocument
{
    public string? Id { get; set; }

    public TextDocument? Name { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public bool? Assumption { get; set; }

    public string? Source { get; set; }
}

/// <summary>A milestone.</summary>
internal sealed class MilestoneDocument
{
    public string? Id { get; set; }

    public TextDocument? Title { get; set; }

    public TextDocument? Requirement { get; set; }

    public string? Clause { get; set; }

    public TextDocument? Scope { get; set; }

    public DueDocument? Due { get; set; }

    public List<string>? Indicators { get; set; }

    public string? IndicatorCondition { get; set; }

    public List<string>? Targets { get; set; }
}

/// <summary>A due-date rule: exactly one of the three fields.</summary>
internal sealed class DueDocument
{
    public string? Date { get; set; }

    public string? SemesterEnd { get; set; }

    public int? PhaseEnd { get; set; }
}

/// <summary>A recurring obligation.</summary>
internal sealed class ObligationDocument
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Frequency { get; set; }

    public int? MinimumCount { get; set; }

    public string? Clause { get; set; }

    public TextDocument? Description { get; set; }

    public TextDocument? Scope { get; set; }

    public int? UnitCount { get; set; }
}

/// <summary>An event-driven obligation.</summary>
internal sealed class EventObligationDocument
{
    public string? Id { get; set; }

    public string? Clause { get; set; }

    public TextDocument? Trigger { get; set; }

    public TextDocument? Description { get; set; }

    public TextDocument? Scope { get; set; }
}
