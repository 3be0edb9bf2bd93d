using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting;
using NodaTime;
using static HuXiao.Ledger.Tests.LedgerData;

namespace HuXiao.Ledger.Tests.Recording;

/// <summary>One thing done to the ledger: a form filed, sent again, reviewed, a month reopened.</summary>
public sealed record LedgerStep(LedgerStepKind Kind, int Unit, int Revision, int Variant)
{
    public override string ToString() => $"{Kind} unit {Unit} r{Revision} v{Variant}";
}

public enum LedgerStepKind
{
    FileRead,
    FileRefused,
    SendAgain,
    Accept,
    Return,
    Reopen,
    ReviewFirst,
}

public static class LedgerScripts
{
    public static Arbitrary<LedgerStep[]> Scripts()
        => (from length in Gen.Choose(1, 30)
            from steps in Gen.ArrayOf(Step(), length)
            select steps).ToArbitrary();

    private static Gen<LedgerStep> Step()
        => from kind in Gen.Frequency(
               (6, Gen.Constant(LedgerStepKind.FileRead)),
               (2, Gen.Constant(LedgerStepKind.FileRefused)),
               (2, Gen.Constant(LedgerStepKind.SendAgain)),
               (3, Gen.Constant(LedgerStepKind.Accept)),
               (2, Gen.Constant(LedgerStepKind.Return)),
               (2, Gen.Constant(LedgerStepKind.Reopen)),
               (1, Gen.Constant(LedgerStepKind.ReviewFirst)))
           from unit in Gen.Choose(0, 2)
           from revision in Gen.Choose(1, 4)
           from variant in Gen.Choose(0, 2)
           select new LedgerStep(kind, unit, revision, variant);
}

/// <summary>
/// The ledger against a model of a few lines: whatever is done to it, in whatever order, each answer is the one the
/// rules give (one revision one file, a correction higher, a closed month closed until reopened, only the current form
/// reviewed, the same file recognised), and what it keeps stays whole (revisions rising, no file twice, the month
/// counting exactly the current forms that were not returned).
/// </summary>
public class LedgerModelProperties
{
    private static readonly OrganisationUnit[] Units = [Zhongyuan, Erqi, Guancheng];

    [Property(Arbitrary = new[] { typeof(LedgerScripts) }, MaxTest = 100)]
    public Property Every_answer_is_the_one_the_rules_give_and_what_is_kept_stays_whole(LedgerStep[] script)
        => Run(script).GetAwaiter().GetResult();

    private static async Task<Property> Run(LedgerStep[] script)
    {
        var ledger = new SubmissionLedger(new InMemoryLedgerStore(), new StepClock(At(2017, 5, 31), Duration.FromMinutes(5)));
        var model = Units.Select(_ => new UnitModel()).ToArray();
        var recorded = new HashSet<ContentHash>();
        var sent = new List<(byte[] Bytes, Submission Reading, int Unit)>();
        var mismatches = new List<string>();
        foreach (var step in script)
        {
            var unit = model[step.Unit];
            string expected;
            string actual;
            switch (step.Kind)
            {
                case LedgerStepKind.FileRead or LedgerStepKind.FileRefused or LedgerStepKind.SendAgain:
                {
                    var (bytes, reading, index) = step.Kind switch
                    {
                        LedgerStepKind.FileRead => With(Form(Units[step.Unit], step.Revision, 100 + step.Variant), step.Unit),
                        LedgerStepKind.FileRefused => With(RefusedForm(Units[step.Unit], $"{step.Variant}所"), step.Unit),
                        _ when sent.Count > 0 => sent[(step.Revision * 3 + step.Variant) % sent.Count],
                        _ => With(Form(Units[step.Unit], step.Revision, 100 + step.Variant), step.Unit),
                    };
                    sent.Add((bytes, reading, index));
                    unit = model[index];
                    var hash = ContentHash.Of(bytes);
                    var revision = reading.Report?.Filing.Revision;
                    expected = recorded.Contains(hash) ? "AlreadyRecorded"
                        : unit.Closed ? LedgerErrorCodes.MonthClosed
                        : revision is not { } r || unit.Current is null ? "Recorded"
                        : r == unit.CurrentRevision ? LedgerErrorCodes.RevisionTaken
                        : r < unit.CurrentRevision ? LedgerErrorCodes.StaleRevision
                        : "Recorded";
                    var outcome = await ledger.FileAsync(bytes, reading, "网页上传");
                    actual = Answer(outcome);
                    if (outcome.Status == LedgerOutcomeStatus.Recorded)
                    {
                        recorded.Add(hash);
                        unit.First ??= revision is null ? null : hash;
                        if (revision is { } read)
                        {
                            (unit.Current, unit.CurrentRevision, unit.State) = (hash, read, ReviewState.Pending);
                        }
                    }

                    break;
                }

                case LedgerStepKind.Accept or LedgerStepKind.Return:
                {
                    var accept = step.Kind == LedgerStepKind.Accept;
                    expected = unit.Current is null ? LedgerErrorCodes.UnknownForm
                        : unit.State == (accept ? ReviewState.Accepted : ReviewState.Returned) ? "AlreadyRecorded"
                        : unit.State == ReviewState.Accepted ? LedgerErrorCodes.MonthClosed
                        : unit.State == ReviewState.Returned ? LedgerErrorCodes.AlreadyReviewed
                        : "Recorded";
                    var target = unit.Current ?? ContentHash.Of([(byte)step.Unit]);
                    actual = Answer(accept ? await ledger.AcceptAsync(target, "市局审核") : await ledger.ReturnAsync(target, "市局审核", ["A01 有误"]));
                    if (expected == "Recorded")
                    {
                        unit.State = accept ? ReviewState.Accepted : ReviewState.Returned;
                    }

                    break;
                }

                case LedgerStepKind.Reopen:
                    expected = unit.Closed ? "Recorded" : LedgerErrorCodes.NotClosed;
                    actual = Answer(await ledger.ReopenAsync(Units[step.Unit].Code, May, "市局审核", "更正"));
                    if (expected == "Recorded")
                    {
                        unit.State = ReviewState.Pending;
                    }

                    break;

                default:
                    if (unit.First is not { } first || first == unit.Current)
                    {
                        continue;
                    }

                    expected = LedgerErrorCodes.Superseded;
                    actual = Answer(await ledger.AcceptAsync(first, "市局审核"));
                    break;
            }

            if (expected != actual)
            {
                mismatches.Add($"{step}: expected {expected}, got {actual}");
            }
        }

        var known = await ledger.MonthAsync(May);
        var whole = known.Units.All(u =>
            u.Events.Select(e => e.Version).SequenceEqual(Enumerable.Range(1, u.Events.Count))
            && u.Forms.Where(f => f.WasRead).Select(f => f.Revision!.Value).Zip(u.Forms.Where(f => f.WasRead).Select(f => f.Revision!.Value).Skip(1)).All(p => p.First < p.Second));
        var once = known.Events.OfType<FiledForm>().Select(f => f.Hash).Distinct().Count() == recorded.Count;
        var counted = Units.Select((u, i) =>
        {
            var submissions = known.Find(u.Code)?.ToSubmissions(Shanghai) ?? [];
            var readable = submissions.Where(s => s.Succeeded).Select(s => ContentHash.Of(Json.SerializeToUtf8Bytes(s.Report!))).ToArray();
            var m = model[i];
            return m.Current is { } current && m.State != ReviewState.Returned ? readable.Contains(current) : readable.Length == 0;
        }).All(ok => ok);
        return (mismatches.Count == 0 && whole && once && counted)
            .Label($"mismatches: {string.Join("; ", mismatches)}; whole {whole}, once {once}, counted {counted}");
    }

    private static (byte[], Submission, int) With((byte[] Bytes, Submission Reading) form, int unit) => (form.Bytes, form.Reading, unit);

    private static string Answer<T>(LedgerOutcome<T> outcome)
        where T : LedgerEvent
        => outcome.Status == LedgerOutcomeStatus.Refused ? outcome.Problem!.Code : outcome.Status.ToString();

    /// <summary>What the model knows of a unit's month: its current read form and where it stands, and its first read form.</summary>
    private sealed class UnitModel
    {
        public ContentHash? Current { get; set; }

        public int CurrentRevision { get; set; }

        public ReviewState State { get; set; }

        public ContentHash? First { get; set; }

        public bool Closed => Current is not null && State == ReviewState.Accepted;
    }
}
