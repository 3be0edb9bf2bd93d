using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// The urban tech-defence rate (二(一)4): urban campuses meeting the national standard (GB/T 29315) must reach
/// <see cref="Target"/> (85%) of urban campuses. The form counts A18 over all campuses, not urban ones alone,
/// so a report only bounds the rate: lower = max(0, A18 − A03) / A02, upper = min(A18, A02) / A02. A register
/// settles it exactly.
/// </summary>
/// <remarks>
/// Met if lower ≥ target, not-met if upper &lt; target, otherwise cannot-tell; not-applicable when A02 = 0.
/// Before the due date it is not-due, but the finding still carries the bounds. When the units' reports are at
/// hand (a roll-up), each bound's numerator is summed over the units, over the report's A02 — tighter than the
/// total's bounds; <see cref="RateBounds.Basis"/> says which bounds a finding uses. Every comparison is exact.
/// </remarks>
public sealed record UrbanTechDefenceRateRule : ComplianceRule, IReportRule, IRegisterRule
{
    /// <summary>The id of the built-in rule.</summary>
    public const string DefaultId = "urban-tech-defence-rate";

    /// <summary>Creates the rule with the documented defaults: target 85% (二(一)4), due 2017-10-31 (a setting).</summary>
    public UrbanTechDefenceRateRule()
        : base(DefaultId, "城市校园技防系统达标率不低于85%", "Urban campuses meeting the tech-defence standard at least 85%", "二(一)4")
    {
        Due = Deadline.PushPhaseEnd;
        DueSource = "setting: the source gives no date; the push phase (集中攻坚) ends 2017-10-31 and acceptance (检查验收) begins 2017-11-01";
    }

    /// <summary>The rate to reach: 85/100 (城市校园达标率要达到85%以上, 二(一)4).</summary>
    public Ratio Target { get; init; } = Ratio.FromPercent(85);

    /// <summary>Whether to use the units' reports for tighter bounds when they are at hand (default yes).</summary>
    public bool UseUnitReports { get; init; } = true;

    /// <inheritdoc />
    public override IReadOnlyList<RuleParameter> Parameters =>
    [
        new("Target", $"{Target.Numerator}/{Target.Denominator}", "the urban rate to reach (at least)", "二(一)4: 城市校园达标率要达到85%以上"),
        new("Due", Dates.Iso(Due), "due by the end of this day", DueSource),
        new("UseUnitReports", UseUnitReports ? "true" : "false", "sum bounds over the units' reports when at hand", "campaign-2017.md: tighter bounds from the units' own reports"),
    ];

    /// <inheritdoc />
    public ComplianceFinding Judge(ReportCheckContext context)
    {
        Preconditions.CheckNotNull(context);
        var a18 = context.Read("A18");
        var a02 = context.Read("A02");
        var a03 = context.Read("A03");
        var evidence = new[] { a18.ToIndicatorValue(), a02.ToIndicatorValue(), a03.ToIndicatorValue() };
        var bad = new[] { a18, a02, a03 }.FirstOrDefault(r => !r.IsUsable);
        var notDue = Deadline.IsNotDue(Due, context.AsOf);

        // More qualified campuses than campuses: the report contradicts itself (validation's A18 ≤ A02 + A03).
        var exceeds = bad is null && a18.Value!.Value > (Int128)a02.Value!.Value + a03.Value!.Value;
        if (exceeds)
        {
            bad = a18 with { Problem = FindingReason.InvalidValue };
        }

        if (bad is not null || a02.Value == 0)
        {
            var finding = notDue
                ? NotDue(context, null)
                : bad is not null
                    ? NewFinding(context, ComplianceStatus.CannotTell, bad.Problem,
                        $"{Title}：无法判定，{(exceeds ? "A18超过A02+A03，请先校验报表" : Text.Problem(bad))}。",
                        $"{EnglishTitle}: cannot tell, {(exceeds ? "A18 exceeds A02 + A03; validate the report first" : Text.EnProblem(bad))}.")
                    : NewFinding(context, ComplianceStatus.NotApplicable, FindingReason.NoSubject,
                        $"{Title}：城市校园数（A02）为0，不适用。",
                        $"{EnglishTitle}: no urban campus (A02 = 0), nothing to judge.");
            return finding with { Indicators = evidence };
        }

        long urban = a02.Value!.Value, qualified = a18.Value!.Value, rural = a03.Value!.Value;
        long lower = Math.Max(0, qualified - rural), upper = Math.Min(qualified, urban);
        var basis = BoundsBasis.ReportTotals;
        if (UseUnitReports && TryUnitBounds(context, urban, out var unitLower, out var unitUpper))
        {
            (lower, upper, basis) = (unitLower, unitUpper, BoundsBasis.UnitReports);
        }

        return Conclude(context, new RateBounds(new Ratio(lower, urban), new Ratio(upper, urban), Target, basis), urban, evidence, []);
    }

    /// <inheritdoc />
    public ComplianceFinding Judge(RegisterCheckContext context)
    {
        Preconditions.CheckNotNull(context);
        var register = context.Register;
        var evidence = new[] { new IndicatorValue("A18", register.Total("A18")), new IndicatorValue("A02", register.Total("A02")), new IndicatorValue("A03", register.Total("A03")) };
        var rate = register.UrbanRate();
        if (rate is not { } exact)
        {
            var finding = Deadline.IsNotDue(Due, context.AsOf)
                ? NotDue(context, null)
                : NewFinding(context, ComplianceStatus.NotApplicable, FindingReason.NoSubject, $"{Title}：名册无城市校园，不适用。", $"{EnglishTitle}: the register has no urban campus.");
            return finding with { Indicators = evidence };
        }

        var below = register.Campuses.Where(c => c.Location == CampusLocation.Urban && !c.MeetsNationalStandard).ToArray();
        var finding2 = Conclude(context, new RateBounds(exact, exact, Target, BoundsBasis.Exact), exact.Denominator, evidence, []);
        return finding2 with
        {
            Campuses = finding2.Status == ComplianceStatus.Met
                ? []
                : below.Select(c => new CampusJudgement(c.Code, RegisterVerdict.ShortCampusStatus(finding2.Status), "城市校园，技防未达国家标准", "urban campus not meeting the national standard")).ToArray(),
        };
    }

    private ComplianceFinding Conclude(CheckContext context, RateBounds bounds, long urban, IndicatorValue[] evidence, CampusJudgement[] campuses)
    {
        // Campuses certainly still needed: ⌈target × A02⌉ − upper numerator, never below zero.
        var needed = (long)(((Int128)Target.Numerator * urban + Target.Denominator - 1) / Target.Denominator);
        var shortfall = Math.Max(0, needed - bounds.Upper.Numerator);
        var figures = new[]
        {
            new Figure("lower-numerator", bounds.Lower.Numerator),
            new Figure("upper-numerator", bounds.Upper.Numerator),
            new Figure("urban-campuses", urban),
            new Figure("campuses-needed", needed),
            new Figure("shortfall", shortfall),
        };
        var range = bounds.IsExact ? Text.Pct(bounds.Lower) : $"{Text.Pct(bounds.Lower)}–{Text.Pct(bounds.Upper)}";
        var (basisZh, basisEn) = bounds.Basis switch
        {
            BoundsBasis.UnitReports => ("按各单位报表汇总的界", "bounds summed over the units' reports"),
            BoundsBasis.Exact => ("按校园名册精确计算", "exact, from the campus register"),
            _ => ("按本报表合计的界", "bounds from this report's totals"),
        };

        ComplianceFinding finding;
        if (Deadline.IsNotDue(Due, context.AsOf))
        {
            finding = NotDue(context, $"（{basisZh}：{range}）", $" ({basisEn}: {range})");
        }
        else
        {
            var status = bounds.Judge();
            var reason = status == ComplianceStatus.CannotTell ? FindingReason.BoundsStraddleTarget : FindingReason.None;
            if (status == ComplianceStatus.NotMet)
            {
                (status, reason) = Deadline.WhenShort(Due, context.DataDate);
            }

            var target = Text.Pct(Target);
            finding = (status, reason) switch
            {
                (ComplianceStatus.Met, _) => NewFinding(context, status, reason, $"{Title}：达标，{basisZh}{range}，不低于{target}。", $"{EnglishTitle}: met, {basisEn} {range}, at least {target}."),
                (ComplianceStatus.NotMet, _) => NewFinding(context, status, reason, $"{Title}：未达标，{basisZh}{range}，低于{target}，至少还差{Text.N(shortfall)}所。", $"{EnglishTitle}: not met, {basisEn} {range}, below {target}; at least {Text.N(shortfall)} more campus(es) needed."),
                (_, FindingReason.DataPredatesDeadline) => NewFinding(context, status, reason, $"{Title}：无法判定，报表数据早于{Dates.Iso(Due)}的期限（{basisZh}{range}）。", $"{EnglishTitle}: cannot tell, the data predates the deadline {Dates.Iso(Due)} ({basisEn} {range})."),
                _ => NewFinding(context, status, reason, $"{Title}：本报表无法判定，{basisZh}{range}跨越{target}。", $"{EnglishTitle}: cannot tell from this report, {basisEn} {range} straddle {target}."),
            };
        }

        return finding with { Indicators = evidence, Figures = figures, Bounds = bounds, Shortfall = shortfall, Campuses = campuses };
    }

    private ComplianceFinding NotDue(CheckContext context, string? detail, string? englishDetail = null)
        => NewFinding(context, ComplianceStatus.NotDue, FindingReason.NotYetDue,
            $"{Title}：{Dates.Iso(Due)}前完成，截至{Dates.Iso(context.AsOf)}未到期{detail}。",
            $"{EnglishTitle}: due by {Dates.Iso(Due)}, not yet due at {Dates.Iso(context.AsOf)}{englishDetail}.");

    private static bool TryUnitBounds(ReportCheckContext context, long urban, out long lower, out long upper)
    {
        lower = upper = 0;
        if (context.UnitReports.Count == 0)
        {
            return false;
        }

        // Summed in 128 bits: units whose A02 overflow 64 bits are not the report's units, refused below, not thrown.
        Int128 sumLower = 0, sumUpper = 0, sumUrban = 0;
        foreach (var unit in context.UnitReports)
        {
            var a18 = ReportCheckContext.ReadOne(unit, "A18");
            var a02 = ReportCheckContext.ReadOne(unit, "A02");
            var a03 = ReportCheckContext.ReadOne(unit, "A03");
            if (!a18.IsUsable || !a02.IsUsable || !a03.IsUsable || a18.Value!.Value > (Int128)a02.Value!.Value + a03.Value!.Value)
            {
                return false;
            }

            sumLower += Math.Max(0, a18.Value!.Value - a03.Value!.Value);
            sumUpper += Math.Min(a18.Value!.Value, a02.Value!.Value);
            sumUrban += a02.Value!.Value;
        }

        if (sumUrban != urban)
        {
            throw new ComplianceException(ComplianceErrorCodes.UnitReportsMismatch, $"The units' A02 sum to {sumUrban}, but report {context.Report} has A02 = {urban}: they are not the reports it combines.");
        }

        // 0 ≤ lower ≤ upper ≤ A02 = urban, so both fit.
        (lower, upper) = ((long)sumLower, (long)sumUpper);
        return true;
    }
}
