namespace HuXiao.Reporting.Aggregation;

/// <summary>A report left out of a roll-up because the same unit filed a higher revision for the period.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Revision">The revision left out.</param>
/// <param name="ReplacedBy">The revision used instead.</param>
public sealed record SupersededReport(OrganisationUnit Unit, int Revision, int ReplacedBy);
