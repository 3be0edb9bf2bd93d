using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace HuXiao.Compliance.Tests.Properties;

/// <summary>
/// What every finding of every built-in rule must say, whatever the register or report: the rule's title and the
/// verdict, Chinese first, then English; the counts it found, in both languages; figures that add up and agree
/// with the shortfall and the campuses listed; campus judgements that say why.
/// </summary>
public class FindingProperties
{
    private static readonly RuleCatalogue Catalogue = RuleCatalogue.CreateDefault();

    // Every rule that judges registers, the drills rule in its other scope, and the staffing norm under the preset
    // that leaves a band unknown (so that campuses that cannot be told come up).
    private static readonly ComplianceRule[] RegisterRules =
    [
        .. Catalogue.Rules.Where(r => r.JudgesRegisters),
        new DrillsEachSemesterRule { Scope = DrillScope.PerUnit },
        new StaffingNormRule { Preset = StaffingPreset.GbT29315_2022 },
    ];

    private static readonly ComplianceRule[] ReportRules = [.. Catalogue.Rules.Where(r => r.JudgesReports)];

    [Property(Arbitrary = new[] { typeof(Arbs), typeof(FindingArbs) }, MaxTest = 150)]
    public Property Every_register_finding_says_what_it_found_and_its_figures_add_up(CampaignRegister any, AnyDate asOf)
    {
        var problems = new List<string>();
        foreach (var rule in RegisterRules)
        {
            var finding = ((IRegisterRule)rule).Judge(new RegisterCheckContext(any.Register, asOf.Date));
            problems.AddRange(Speaks(rule, finding).Concat(AddsUp(rule, finding, any.Register)).Select(p => $"{rule.Id} ({finding.Status}): {p}"));
        }

        return (problems.Count == 0).Label(string.Join("\n", problems));
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 200)]
    public Property Every_report_finding_says_what_it_found_and_its_figures_add_up(AnyReport any, AnyDate asOf)
    {
        var problems = new List<string>();
        foreach (var rule in ReportRules)
        {
            var finding = ((IReportRule)rule).Judge(new ReportCheckContext(any.Report, asOf.Date));
            problems.AddRange(Speaks(rule, finding).Concat(AddsUp(rule, finding, null)).Select(p => $"{rule.Id} ({finding.Status}): {p}"));
        }

        return (problems.Count == 0).Label(string.Join("\n", problems));
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 200)]
    public Property The_rate_finding_shows_its_bounds_basis_and_target(FilledReport any, AnyDate asOf)
    {
        var rule = (UrbanTechDefenceRateRule)Catalogue.Get(UrbanTechDefenceRateRule.DefaultId);
        var finding = rule.Judge(new ReportCheckContext(any.Report, asOf.Date));
        return (RateProblems(rule, finding).ToList() is var problems && problems.Count == 0).Label(string.Join("\n", RateProblems(rule, finding)));
    }

    [Property(Arbitrary = new[] { typeof(Arbs), typeof(FindingArbs) }, MaxTest = 150)]
    public Property The_exact_rate_of_a_register_is_shown_as_one_figure(CampaignRegister any, AnyDate asOf)
    {
        var rule = (UrbanTechDefenceRateRule)Catalogue.Get(UrbanTechDefenceRateRule.DefaultId);
        var finding = rule.Judge(new RegisterCheckContext(any.Register, asOf.Date));
        return (RateProblems(rule, finding).ToList() is var problems && problems.Count == 0).Label(string.Join("\n", RateProblems(rule, finding)));
    }

    /// <summary>The title and the verdict, Chinese first, then English; the counts found, in both languages.</summary>
    private static IEnumerable<string> Speaks(ComplianceRule rule, ComplianceFinding f)
    {
        if (f.RuleCode != rule.Id || f.Title != rule.Title || f.EnglishTitle != rule.EnglishTitle || f.Source != rule.Source)
        {
            yield return "the finding does not carry the rule's id, titles and clause";
        }

        if (!f.Message.StartsWith(rule.Title + "：", StringComparison.Ordinal) || !f.Message.EndsWith('。'))
        {
            yield return $"the Chinese message is not the title then a sentence: {f.Message}";
            yield break;
        }

        if (!f.EnglishMessage.StartsWith(rule.EnglishTitle + ": ", StringComparison.Ordinal) || !f.EnglishMessage.EndsWith('.'))
        {
            yield return $"the English message is not the title then a sentence: {f.EnglishMessage}";
            yield break;
        }

        if (Regex.IsMatch(f.Message, "[A-Za-z]{3,}"))
        {
            yield return $"English words in the Chinese message: {f.Message}";
        }

        var zh = f.Message[(rule.Title.Length + 1)..];
        var en = f.EnglishMessage[(rule.EnglishTitle.Length + 2)..];
        var (zhWord, enWord) = f.Status switch
        {
            ComplianceStatus.Met => ("达标", "met"),
            ComplianceStatus.NotMet => ("未达标", "not met"),
            ComplianceStatus.CannotTell => ("无法判定", "cannot tell"),
            ComplianceStatus.NotDue => ("未到期", "not yet due"),
            _ => ("不适用", "no"),
        };
        if (!zh.Contains(zhWord, StringComparison.Ordinal) || !en.Contains(enWord, StringComparison.Ordinal)
            || (f.Status == ComplianceStatus.Met && en.Contains("not met", StringComparison.Ordinal)))
        {
            yield return $"the verdict is not said: {f.Message} / {f.EnglishMessage}";
        }

        foreach (var name in CountsStated(rule, f))
        {
            var value = f.Figure(name);
            if (value is not { } v || !HasNumber(zh, v) || !HasNumber(en, v))
            {
                yield return $"the count {name} = {value} is not stated in both messages: {f.Message} / {f.EnglishMessage}";
            }
        }

        foreach (var campus in f.Campuses)
        {
            if (string.IsNullOrWhiteSpace(campus.Message) || string.IsNullOrWhiteSpace(campus.EnglishMessage))
            {
                yield return $"campus {campus.CampusCode} is listed without saying why";
            }
        }
    }

    /// <summary>The figures each kind of rule states in its messages, by verdict.</summary>
    private static IEnumerable<string> CountsStated(ComplianceRule rule, ComplianceFinding f)
    {
        var names = f.Figures.Select(x => x.Name).ToArray();
        return rule switch
        {
            PerCampusRule when f.Status != ComplianceStatus.NotApplicable => names.Where(n => n.StartsWith("campuses-", StringComparison.Ordinal)),
            DrillsEachSemesterRule or LiaisonVisitsRule when f.Status is ComplianceStatus.Met or ComplianceStatus.NotMet or ComplianceStatus.CannotTell => names,
            ReportTargetRule when names.Contains("campuses-concerned") => f.Status switch
            {
                ComplianceStatus.NotDue or ComplianceStatus.Met => ["campuses-concerned", "campuses-achieved"],
                ComplianceStatus.NotMet => ["campuses-concerned", "campuses-achieved", "shortfall"],
                ComplianceStatus.CannotTell => ["shortfall"],
                _ => [],
            },
            ReportTargetRule or UrbanTechDefenceRateRule when f.Status == ComplianceStatus.NotMet || f.Reason == FindingReason.DataPredatesDeadline && rule is ReportTargetRule => ["shortfall"],
            _ => [],
        };
    }

    /// <summary>The names of the figures each kind of rule gives: they are part of the findings' JSON, a contract.</summary>
    private static string[] FigureNames(ComplianceRule rule, ComplianceFinding f, bool onRegister) => rule switch
    {
        PerCampusRule and StaffingNormRule => ["campuses-concerned", "campuses-met", "campuses-short", "campuses-unknown", "guards-short"],
        PerCampusRule => ["campuses-concerned", "campuses-met", "campuses-short", "campuses-unknown"],
        DrillsEachSemesterRule { Scope: DrillScope.PerUnit } => ["semesters-judged", "campuses-concerned"],
        DrillsEachSemesterRule => ["semesters-judged", "campuses-concerned", "campuses-short", "campuses-unknown"],
        LiaisonVisitsRule => ["months-judged", "campuses-concerned", "campuses-short", "campuses-unknown"],
        ReportTargetRule when onRegister => ["campuses-concerned", "campuses-achieved", "shortfall"],
        ReportTargetRule => f.Shortfall is null ? [] : ["shortfall"],
        UrbanTechDefenceRateRule => f.Bounds is null ? [] : ["lower-numerator", "upper-numerator", "urban-campuses", "campuses-needed", "shortfall"],
        _ => [],
    };

    /// <summary>Figures that add up and agree with the shortfall and the campuses listed.</summary>
    private static IEnumerable<string> AddsUp(ComplianceRule rule, ComplianceFinding f, CampusRegister? register)
    {
        var names = FigureNames(rule, f, register is not null);
        if (!f.Figures.Select(x => x.Name).SequenceEqual(names))
        {
            yield return $"figures [{string.Join(", ", f.Figures.Select(x => x.Name))}], not [{string.Join(", ", names)}]";
        }

        var shortfallFigure = f.Figure("shortfall") ?? f.Figure("campuses-short");
        if (shortfallFigure is { } s && f.Shortfall != s)
        {
            yield return $"the shortfall {f.Shortfall} is not the figure {s}";
        }

        if (f.Figure("campuses-concerned") is { } concerned)
        {
            if (f.Figure("campuses-met") is { } met && met + f.Figure("campuses-short") + f.Figure("campuses-unknown") != concerned)
            {
                yield return "met, short and unknown campuses do not add up to the concerned";
            }

            if (f.Figure("campuses-achieved") is { } achieved && achieved + f.Figure("shortfall") != concerned)
            {
                yield return "achieved and short campuses do not add up to the concerned";
            }

            var listed = f.Figure("campuses-unknown") is { } unknown ? f.Figure("campuses-short") + unknown : f.Figure("shortfall");
            if (listed is { } l && f.Campuses.Count != l)
            {
                yield return $"{f.Campuses.Count} campuses listed, {l} short or unknown";
            }
        }

        if (f.Status == ComplianceStatus.Met && (f.Campuses.Count > 0 || f.Shortfall is > 0))
        {
            yield return "a met finding lists campuses or a shortfall";
        }

        if (f.Status == ComplianceStatus.NotMet && f.Shortfall == 0 && rule is not UrbanTechDefenceRateRule)
        {
            yield return "a not-met finding with a shortfall of 0";
        }

        // A campus short before the due date, or in data that predates it, is not (yet) not-met, like its finding.
        var notMet = f.Campuses.Count(c => c.Status == ComplianceStatus.NotMet);
        if (f.Status != ComplianceStatus.NotMet && notMet > 0)
        {
            yield return $"{notMet} campuses not met in a {f.Status} finding";
        }

        if (register is not null && f.Status == ComplianceStatus.NotMet && f.Shortfall is not null && rule is not UrbanTechDefenceRateRule && notMet != f.Shortfall)
        {
            yield return $"{notMet} campuses not met, shortfall {f.Shortfall}";
        }

        if (f.Status == ComplianceStatus.NotDue && rule is PerCampusRule && f.Campuses.Count(c => c.Status == ComplianceStatus.NotDue) != f.Figure("campuses-short"))
        {
            yield return "the campuses short before the due date are not listed as not due";
        }

        if (register is not null && f.Campuses.Any(c => !register.Campuses.Any(r => r.Code == c.CampusCode)))
        {
            yield return "a listed campus is not in the register";
        }

        if (f.Campuses.Select(c => c.CampusCode).Distinct().Count() != f.Campuses.Count)
        {
            yield return "a campus is listed twice";
        }
    }

    /// <summary>The rate's figures are its bounds; its messages show them as percentages, with their basis and the target.</summary>
    private static IEnumerable<string> RateProblems(UrbanTechDefenceRateRule rule, ComplianceFinding f)
    {
        if (f.Bounds is not { } b)
        {
            if (f.Status is ComplianceStatus.Met or ComplianceStatus.NotMet || f.Figures.Count > 0)
            {
                yield return "a verdict on the rate without its bounds";
            }

            yield break;
        }

        var urban = b.Lower.Denominator;
        var needed = (long)Math.Ceiling((decimal)rule.Target.Numerator * urban / rule.Target.Denominator);
        if (f.Figure("lower-numerator") != b.Lower.Numerator || f.Figure("upper-numerator") != b.Upper.Numerator
            || f.Figure("urban-campuses") != urban || f.Figure("campuses-needed") != needed
            || f.Figure("shortfall") != Math.Max(0, needed - b.Upper.Numerator) || f.Shortfall != f.Figure("shortfall"))
        {
            yield return $"the figures are not the bounds {b.Lower}–{b.Upper}: {string.Join(", ", f.Figures)}";
        }

        if (f.Reason != (f.Status == ComplianceStatus.CannotTell && f.Reason != FindingReason.DataPredatesDeadline ? FindingReason.BoundsStraddleTarget : f.Status == ComplianceStatus.NotDue ? FindingReason.NotYetDue : f.Status == ComplianceStatus.CannotTell ? FindingReason.DataPredatesDeadline : FindingReason.None))
        {
            yield return $"reason {f.Reason} for {f.Status}";
        }

        var lower = Pct(b.Lower);
        var upper = Pct(b.Upper);
        foreach (var message in new[] { f.Message, f.EnglishMessage })
        {
            if (!message.Contains(lower, StringComparison.Ordinal) || (!b.IsExact && !message.Contains($"{lower}–{upper}", StringComparison.Ordinal)) || (b.IsExact && message.Contains('–')))
            {
                yield return $"the bounds {lower}–{upper} are not shown as they are: {message}";
            }

            if (f.Status is ComplianceStatus.Met or ComplianceStatus.NotMet || f.Reason == FindingReason.BoundsStraddleTarget)
            {
                if (!message.Contains(Pct(rule.Target), StringComparison.Ordinal))
                {
                    yield return $"the target is not shown: {message}";
                }
            }
        }

        var (zhBasis, enBasis) = b.Basis switch
        {
            BoundsBasis.Exact => ("名册", "register"),
            BoundsBasis.UnitReports => ("各单位", "units' reports"),
            _ => ("本报表", "this report's totals"),
        };
        if (!f.Message.Contains(zhBasis, StringComparison.Ordinal) || !f.EnglishMessage.Contains(enBasis, StringComparison.Ordinal))
        {
            yield return $"the basis {b.Basis} is not said: {f.Message} / {f.EnglishMessage}";
        }
    }

    private static string Pct(Ratio r) => r.FloorPercent(1).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static bool HasNumber(string text, long value) => Regex.IsMatch(text, $"(?<![0-9.]){value}(?![0-9])");
}
