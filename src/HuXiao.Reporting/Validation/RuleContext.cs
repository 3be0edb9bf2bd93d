
namespace HuXiao.Reporting.Validation;

/// <summary>
/// What a rule sees while it checks one report: the report, the previous month's report if known, fast access
/// to the values of the indicators the rule declared, and the means to record findings.
/// </summary>
/// <remarks>
/// Indicators are addressed by their position in <see cref="ConsistencyRule.Indicators"/>: the rule set
/// resolves codes to columns once, so checking a report does no look-ups by name.
/// </remarks>
public readonly ref struct RuleContext
{
    private readonly ReadOnlySpan<int> _ordinals;
    private readonly ConsistencyRule _rule;
    private readonly IReportLocator? _locator;
    private readonly List<ValidationFinding> _sink;

    internal RuleContext(MonthlyReport report, MonthlyReport? previous, ReadOnlySpan<int> ordinals, ConsistencyRule rule, IReportLocator? locator, List<ValidationFinding> sink)
    {
        Report = report;
        Previous = previous;
        _ordinals = ordinals;
        _rule = rule;
        _locator = locator;
        _sink = sink;
    }

    /// <summary>The report being checked.</summary>
    public MonthlyReport Report { get; }

    /// <summary>The same unit's report for the month before, when the caller supplied it.</summary>
    public MonthlyReport? Previous { get; }

    /// <summary>How many indicators the rule declared.</summary>
    public int Count => _ordinals.Length;

    /// <summary>The declared indicator at a position.</summary>
    /// <param name="index">A position in <see cref="ConsistencyRule.Indicators"/>.</param>
    public Indicator Indicator(int index) => Report.Schema[_ordinals[index]];

    /// <summary>The report's value of a declared indicator.</summary>
    /// <param name="index">A position in <see cref="ConsistencyRule.Indicators"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>The value, or <see langword="null"/> when blank.</returns>
    public long? Value(int index, ReportRow row) => Report.GetValue(_ordinals[index], row);

    /// <summary>The previous report's value of a declared indicator.</summary>
    /// <param name="index">A position in <see cref="ConsistencyRule.Indicators"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>The value, or <see langword="null"/> when blank or when there is no previous report.</returns>
    public long? PreviousValue(int index, ReportRow row) => Previous?.GetValue(_ordinals[index], row);

    /// <summary>Records that the rule is broken, with the rule's severity.</summary>
    /// <param name="row">The row, or <see langword="null"/> where the finding spans both.</param>
    /// <param name="message">What is wrong, in Chinese.</param>
    /// <param name="englishMessage">What is wrong, in English.</param>
    /// <param name="involved">Positions of the indicators involved, the one in question first; values are read from <paramref name="row"/> (合计 when null).</param>
    public void Fail(ReportRow? row, string message, string englishMessage, params ReadOnlySpan<int> involved)
        => Add(_rule.Severity, row, message, englishMessage, involved, isNotChecked: false);

    /// <summary>Records a finding with a severity of the rule's choosing, such as a warning from an error rule.</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="row">The row, or <see langword="null"/>.</param>
    /// <param name="message">What is wrong, in Chinese.</param>
    /// <param name="englishMessage">What is wrong, in English.</param>
    /// <param name="involved">Positions of the indicators involved.</param>
    public void Record(FindingSeverity severity, ReportRow? row, string message, string englishMessage, params ReadOnlySpan<int> involved)
        => Add(severity, row, message, englishMessage, involved, isNotChecked: false);

    /// <summary>Records, as a warning, that the rule could not be checked because a cell it needs is blank.</summary>
    /// <param name="row">The row.</param>
    /// <param name="involved">Positions of the indicators the check needed.</param>
    public void NotChecked(ReportRow row, params ReadOnlySpan<int> involved)
    {
        var blanks = new List<string>();
        foreach (var i in involved)
        {
            if (Value(i, row) is null)
            {
                blanks.Add(Indicator(i).Code);
            }
        }

        var rowZh = RowText.Chinese(row);
        var rowEn = RowText.English(row);
        Add(
            FindingSeverity.Warning,
            row,
            $"{rowZh}：{string.Join("、", blanks)} 未填，规则“{_rule.Title}”未检查。",
            $"{rowEn}: {string.Join(", ", blanks)} blank, so rule '{_rule.EnglishTitle}' was not checked.",
            involved,
            isNotChecked: true);
    }

    private void Add(FindingSeverity severity, ReportRow? row, string message, string englishMessage, ReadOnlySpan<int> involved, bool isNotChecked)
    {
        Preconditions.CheckNotNull(message);
        Preconditions.CheckNotNull(englishMessage);
        var codes = new string[involved.Length];
        var values = new long?[involved.Length];
        var valueRow = row ?? ReportRow.Total;
        for (var k = 0; k < involved.Length; k++)
        {
            codes[k] = Indicator(involved[k]).Code;
            values[k] = Value(involved[k], valueRow);
        }

        var location = codes.Length > 0 ? _locator?.Locate(codes[0], valueRow) : null;
        _sink.Add(new ValidationFinding
        {
            RuleCode = _rule.Code,
            Severity = severity,
            Row = row,
            Indicators = codes,
            Values = values,
            Message = message,
            EnglishMessage = englishMessage,
            Location = location,
            IsNotChecked = isNotChecked,
            UnitCode = Report.Unit.Code,
            Period = Report.Period,
        });
    }
}
