using HuXiao.Reporting;
using NodaTime;
using static HuXiao.Ledger.Tests.LedgerData;

namespace HuXiao.Ledger.Tests.Recording;

/// <summary>
/// Fifty uploads for one month at once, through several handles on one ledger (as several web servers or processes
/// would): none lost, none kept twice; of different files for one revision exactly one is kept. Run over every store.
/// </summary>
public abstract class ConcurrentUploads : IDisposable
{
    private const int Uploads = 50;

    private readonly StepClock _clock = new(At(2017, 5, 31), Duration.FromMilliseconds(3));

    /// <summary>Several handles on one new, empty ledger.</summary>
    private protected abstract ValueTask<ILedgerStore[]> OpenStoresAsync(int count);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    [SkippableFact]
    public async Task Fifty_different_forms_at_once_are_all_kept_once()
    {
        var ledgers = (await OpenStoresAsync(5)).Select(s => new SubmissionLedger(s, _clock)).ToArray();
        var units = Enumerable.Range(0, Uploads).Select(i => new OrganisationUnit($"4199{i:00}", $"单位{i}")).ToArray();
        var forms = units.Select(u => Form(u, campuses: 100 + u.Code.GetHashCode(StringComparison.Ordinal) % 50)).ToArray();

        var outcomes = await AllAtOnce(forms.Select((f, i) => (Func<Task<LedgerOutcome<FiledForm>>>)(() => ledgers[i % ledgers.Length].FileAsync(f.Bytes, f.Reading, "网页上传").AsTask())));

        Assert.All(outcomes, o => Assert.Equal(LedgerOutcomeStatus.Recorded, o.Status));
        Assert.Equal(Uploads, outcomes.Select(o => o.Event!.Sequence).Distinct().Count());
        var month = await ledgers[0].MonthAsync(May);
        Assert.Equal(Uploads, month.Events.Count);
        Assert.Equal(units.Select(u => u.Code).Order(StringComparer.Ordinal), month.Units.Select(u => u.UnitCode));
        foreach (var (unit, form) in units.Zip(forms))
        {
            var kept = Assert.Single(month.Find(unit.Code)!.Forms);
            Assert.Equal(ContentHash.Of(form.Bytes), kept.Hash);
            Assert.Equal(form.Bytes, await ledgers[1].ReadFileAsync(kept.Hash));
        }
    }

    [SkippableFact]
    public async Task Of_different_files_for_one_revision_sent_at_once_one_is_kept_never_both_never_neither()
    {
        var ledgers = (await OpenStoresAsync(5)).Select(s => new SubmissionLedger(s, _clock)).ToArray();
        var units = Enumerable.Range(0, 10).Select(i => new OrganisationUnit($"4198{i:00}", $"单位{i}")).ToArray();

        // Per unit: file A twice, file B twice, file C once — three different files, all revision 1.
        var uploads = units.SelectMany(u =>
        {
            var a = Form(u, campuses: 100);
            var b = Form(u, campuses: 200);
            var c = Form(u, campuses: 300);
            return new[] { a, a, b, b, c };
        }).ToArray();
        Assert.Equal(Uploads, uploads.Length);

        var outcomes = await AllAtOnce(uploads.Select((f, i) => (Func<Task<LedgerOutcome<FiledForm>>>)(() => ledgers[i % ledgers.Length].FileAsync(f.Bytes, f.Reading, "网页上传").AsTask())));

        var month = await ledgers[0].MonthAsync(May);
        Assert.Equal(units.Length, month.Events.Count);
        foreach (var unit in units)
        {
            var kept = Assert.Single(month.Find(unit.Code)!.Forms);
            var mine = uploads.Select((f, i) => (Form: f, Outcome: outcomes[i])).Where(x => x.Form.Reading.Unit!.Code == unit.Code).ToArray();
            Assert.Single(mine, x => x.Outcome.Status == LedgerOutcomeStatus.Recorded);
            foreach (var (form, outcome) in mine)
            {
                if (ContentHash.Of(form.Bytes) == kept.Hash)
                {
                    Assert.True(outcome.Succeeded);
                    Assert.Equal(kept.Sequence, outcome.Event!.Sequence);
                }
                else
                {
                    Assert.Equal(LedgerErrorCodes.RevisionTaken, outcome.Problem!.Code);
                }
            }
        }
    }

    private static async Task<T[]> AllAtOnce<T>(IEnumerable<Func<Task<T>>> work)
    {
        var jobs = work.ToArray();
        using var start = new ManualResetEventSlim();
        var tasks = jobs.Select(job => Task.Run(async () =>
        {
            start.Wait();
            return await job();
        })).ToArray();
        start.Set();
        return await Task.WhenAll(tasks);
    }
}

/// <summary>Concurrent uploads over the in-memory store of the tests.</summary>
public sealed class ConcurrentUploadsInMemory : ConcurrentUploads
{
    private protected override ValueTask<ILedgerStore[]> OpenStoresAsync(int count)
    {
        var store = new InMemoryLedgerStore();
        return ValueTask.FromResult(Enumerable.Repeat<ILedgerStore>(store, count).ToArray());
    }
}
