using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// Judges a recurring target (at least N events in each period: a drill each semester, two visits each month) for
/// each of some subjects — the campuses a rule concerns, or the register's unit as a whole. Each period is due by
/// its last day; a period not yet ended is not judged. A subject short in a period the register was recorded
/// before the end of cannot be told (the data predates that deadline).
/// </summary>
internal static class RecurringTargetJudge
{
    internal sealed record Outcome(
        ComplianceStatus Status,
        FindingReason Reason,
        LocalDate? Due,
        int PeriodsJudged,
        int Concerned,
        int Short,
        int Unknown,
        IReadOnlyList<CampusJudgement> Campuses);

    internal static Outcome Judge(
        RegisterCheckContext context,
        IReadOnlyList<(string Label, DateInterval Dates)> periods,
        Func<CampusRecord, bool> concerns,
        Func<CampusRecord, IReadOnlyList<LocalDate>> events,
        long minimum)
        => Judge(context, periods, context.Register.Campuses.Where(concerns).Select(c => (c.Code, events(c))).ToArray(), minimum);

    internal static Outcome Judge(
        RegisterCheckContext context,
        IReadOnlyList<(string Label, DateInterval Dates)> periods,
        IReadOnlyList<(string Code, IReadOnlyList<LocalDate> Events)> subjects,
        long minimum)
    {
        var ordered = periods.OrderBy(p => p.Dates.End).ToArray();
        var ended = ordered.Where(p => p.Dates.End < context.AsOf).ToArray();
        var campuses = subjects;
        if (ended.Length == 0)
        {
            var next = ordered.FirstOrDefault(p => p.Dates.End >= context.AsOf);
            return new Outcome(ComplianceStatus.NotDue, FindingReason.NotYetDue, next.Dates?.End, 0, campuses.Count, 0, 0, []);
        }

        var due = ended[^1].Dates.End;
        if (campuses.Count == 0)
        {
            return new Outcome(ComplianceStatus.NotApplicable, FindingReason.NoSubject, due, ended.Length, 0, 0, 0, []);
        }

        var judgements = new List<CampusJudgement>();
        int shortCount = 0, unknownCount = 0;
        foreach (var (code, dates) in campuses)
        {
            var shortIn = new List<string>();
            var unknownIn = new List<string>();
            foreach (var (label, interval) in ended)
            {
                var count = dates.LongCount(interval.Contains);
                if (count >= minimum)
                {
                    continue;
                }

                var text = $"{label}: {Text.N(count)}";
                if (context.DataDate < interval.End)
                {
                    unknownIn.Add(text);
                }
                else
                {
                    shortIn.Add(text);
                }
            }

            if (shortIn.Count > 0)
            {
                shortCount++;
                judgements.Add(new CampusJudgement(code, ComplianceStatus.NotMet, $"不足{Text.N(minimum)}次：{string.Join("；", shortIn)}", $"fewer than {Text.N(minimum)}: {string.Join("; ", shortIn)}"));
            }
            else if (unknownIn.Count > 0)
            {
                unknownCount++;
                judgements.Add(new CampusJudgement(code, ComplianceStatus.CannotTell, $"名册数据早于期末：{string.Join("；", unknownIn)}", $"register predates the period's end: {string.Join("; ", unknownIn)}"));
            }
        }

        var (status, reason) = shortCount > 0
            ? (ComplianceStatus.NotMet, FindingReason.None)
            : unknownCount > 0
                ? (ComplianceStatus.CannotTell, FindingReason.DataPredatesDeadline)
                : (ComplianceStatus.Met, FindingReason.None);
        return new Outcome(status, reason, due, ended.Length, campuses.Count, shortCount, unknownCount, judgements);
    }
}
