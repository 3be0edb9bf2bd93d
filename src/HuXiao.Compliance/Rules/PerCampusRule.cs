
namespace HuXiao.Compliance;

/// <summary>
/// A register rule judged campus by campus against one due date: which campuses it concerns, and how each one
/// stands. The finding is not-due on or before the due date; not-applicable when no campus is concerned;
/// not-met when some campus is short (cannot-tell when the register predates the due date); cannot-tell when
/// some campus cannot be told; met otherwise. It lists the campuses that are not met, and counts them as the
/// shortfall. Derive from it for a per-campus rule of your own.
/// </summary>
public abstract record PerCampusRule : ComplianceRule, IRegisterRule
{
    /// <summary>Initialises the rule's description.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="title">The title in Chinese.</param>
    /// <param name="englishTitle">The title in English.</param>
    /// <param name="source">The source clause.</param>
    protected PerCampusRule(string id, string title, string englishTitle, string source)
        : base(id, title, englishTitle, source)
    {
    }

    /// <summary>Every campus must reach the target: a campus short in a unit that reported stays short whatever the missing units hold.</summary>
    public override MissingUnitsLaw WhenUnitsMissing => MissingUnitsLaw.ShortfallHolds;

    /// <summary>Whether the rule concerns a campus (for example only boarding campuses).</summary>
    /// <param name="campus">A campus.</param>
    protected abstract bool Concerns(CampusRecord campus);

    /// <summary>How a concerned campus stands.</summary>
    /// <param name="campus">A concerned campus.</param>
    protected abstract CampusAssessment Assess(CampusRecord campus);

    /// <summary>Figures to add to the finding beyond the campus counts; none by default.</summary>
    /// <param name="concerned">The concerned campuses with their assessments.</param>
    protected virtual IEnumerable<Figure> ExtraFigures(IReadOnlyList<(CampusRecord Campus, CampusAssessment Assessment)> concerned) => [];

    /// <inheritdoc />
    public ComplianceFinding Judge(RegisterCheckContext context)
    {
        Preconditions.CheckNotNull(context);
        var concerned = context.Register.Campuses.Where(Concerns).Select(c => (Campus: c, Assessment: Assess(c))).ToArray();
        var shortCampuses = concerned.Count(x => x.Assessment.Status == ComplianceStatus.NotMet);
        var unknown = concerned.Where(x => x.Assessment.Status == ComplianceStatus.CannotTell).ToArray();
        var unknownReason = unknown.Length > 0 ? unknown[0].Assessment.Reason : FindingReason.None;
        var (status, reason) = RegisterVerdict.Combine(Due, context, concerned.Length, shortCampuses, unknown.Length, unknownReason);
        var met = concerned.Length - shortCampuses - unknown.Length;
        var zh = $"涉及{concerned.Length}所，达标{met}所，未达标{shortCampuses}所，无法判定{unknown.Length}所";
        var en = $"{concerned.Length} campus(es) concerned: {met} met, {shortCampuses} short, {unknown.Length} cannot be told";
        var (message, englishMessage) = (status, reason) switch
        {
            (ComplianceStatus.NotDue, _) => ($"{Title}：{Dates.Iso(Due)}前完成，截至{Dates.Iso(context.AsOf)}未到期（{zh}）。", $"{EnglishTitle}: due by {Dates.Iso(Due)}, not yet due at {Dates.Iso(context.AsOf)} ({en})."),
            (ComplianceStatus.NotApplicable, _) => ($"{Title}：名册中无涉及的校园，不适用。", $"{EnglishTitle}: no campus in the register is concerned."),
            (ComplianceStatus.Met, _) => ($"{Title}：达标（{zh}）。", $"{EnglishTitle}: met ({en})."),
            (ComplianceStatus.NotMet, _) => ($"{Title}：未达标（{zh}）。", $"{EnglishTitle}: not met ({en})."),
            (_, FindingReason.DataPredatesDeadline) => ($"{Title}：无法判定，名册数据（{Dates.Iso(context.DataDate)}）早于{Dates.Iso(Due)}的期限（{zh}）。", $"{EnglishTitle}: cannot tell, the register ({Dates.Iso(context.DataDate)}) predates the deadline {Dates.Iso(Due)} ({en})."),
            _ => ($"{Title}：无法判定（{zh}）。", $"{EnglishTitle}: cannot tell ({en})."),
        };

        var shortStatus = RegisterVerdict.ShortCampusStatus(status);
        var campuses = concerned
            .Where(x => x.Assessment.Status != ComplianceStatus.Met)
            .Select(x => new CampusJudgement(x.Campus.Code, x.Assessment.Status == ComplianceStatus.NotMet ? shortStatus : ComplianceStatus.CannotTell, x.Assessment.Message, x.Assessment.EnglishMessage))
            .ToArray();
        Figure[] figures =
        [
            new("campuses-concerned", concerned.Length),
            new("campuses-met", met),
            new("campuses-short", shortCampuses),
            new("campuses-unknown", unknown.Length),
            .. ExtraFigures(concerned),
        ];
        return NewFinding(context, status, reason, message, englishMessage) with
        {
            Figures = figures,
            Shortfall = shortCampuses,
            Campuses = campuses,
        };
    }
}
