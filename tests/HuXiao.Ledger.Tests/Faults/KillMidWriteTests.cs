using System.Collections.Concurrent;
using System.Diagnostics;
using HuXiao.Ledger.Tests.Sqlite;
using Microsoft.Data.Sqlite;
using NodaTime;
using Xunit.Abstractions;
using static HuXiao.Ledger.Tests.LedgerData;

namespace HuXiao.Ledger.Tests.Faults;

/// <summary>
/// A process killed in the middle of a write leaves the ledger as it was before or after that write, never between:
/// a child process (<see cref="LedgerWriter"/>) writes in a loop and is killed at random moments, many times; after
/// each kill the file is opened and every invariant checked.
/// </summary>
public sealed class KillMidWriteTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>How many times the writer is killed.</summary>
    private const int Kills = 30;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_writer_killed_at_random_moments_leaves_every_write_whole_or_absent()
    {
        var path = _folder.File("huxiao.db");
        var random = new Random(20170605);
        var acknowledged = new HashSet<long>();
        int midWrite = 0, writes = 0;
        long inFlightKept = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            var before = await CountAsync(path);
            var lines = await RunAndKillAsync(path, seed: kill, afterFirstWrite: TimeSpan.FromMilliseconds(random.Next(0, 300)));

            var begun = lines.Where(l => l.StartsWith("begin ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).ToList();
            var answered = lines.Where(l => l.StartsWith("ok ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToList();
            var killedInWrite = begun.Count > answered.Count;
            var recorded = answered.Where(a => a[2] == "Recorded").Select(a => long.Parse(a[3], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            writes += answered.Count;
            midWrite += killedInWrite ? 1 : 0;
            acknowledged.UnionWith(recorded);

            var after = await CheckInvariantsAsync(path, acknowledged);

            // Every write the writer saw answered is there; of the one it was killed in, all or nothing.
            var unacknowledged = after - before - recorded.Count;
            Assert.True(unacknowledged is 0 or 1, $"kill {kill}: {after - before} records appeared, {recorded.Count} acknowledged");
            Assert.True(unacknowledged == 0 || killedInWrite, $"kill {kill}: a record appeared that no write accounts for");
            inFlightKept += unacknowledged;
        }

        output.WriteLine($"{Kills} kills; {midWrite} landed inside a write ({inFlightKept} of those writes had committed, the rest left nothing); {writes} writes answered, {acknowledged.Count} records acknowledged, all present and whole.");
        Assert.True(midWrite >= Kills / 3, $"only {midWrite} of {Kills} kills landed inside a write: the test would not show much");
    }

    private static async Task<long> CountAsync(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        SqliteConnection.ClearAllPools();
        using var store = await SqliteLedgerStore.OpenAsync(path, new SqliteLedgerOptions { ReadOnly = true });
        return (await ReadAllAsync(store)).Count;
    }

    /// <summary>Opens the ledger as a new process would and checks it through: integrity, every acknowledged record, every file's hash, every unit's month.</summary>
    private static async Task<long> CheckInvariantsAsync(string path, IReadOnlySet<long> acknowledged)
    {
        SqliteConnection.ClearAllPools();
        using (var raw = SqliteLedgerStoreTests.Raw(path))
        {
            Assert.Equal("ok", SqliteLedgerStoreTests.Scalar(raw, "PRAGMA integrity_check;"));
            Assert.Null(SqliteLedgerStoreTests.Scalar(raw, "PRAGMA foreign_key_check;"));
            Assert.Equal(0L, SqliteLedgerStoreTests.Scalar(raw, "SELECT count(*) FROM ledger_contents WHERE hash NOT IN (SELECT hash FROM ledger_records WHERE hash IS NOT NULL);"));
        }

        using var store = await SqliteLedgerStore.OpenAsync(path);
        var ledger = new SubmissionLedger(store, new StepClock(At(2017, 5, 31)));
        var records = await ReadAllAsync(store);
        var sequences = records.Select(r => r.Sequence).ToHashSet();
        Assert.Subset(sequences, acknowledged.ToHashSet());
        foreach (var filing in records.Where(r => r.Kind == LedgerRecordKind.Filing))
        {
            Assert.NotNull(await ledger.ReadFileAsync(filing.Hash!.Value));
        }

        var month = await ledger.MonthAsync(May, Instant.MaxValue);
        Assert.Equal(records.Count, month.Events.Count);
        foreach (var unit in month.Units)
        {
            Assert.Equal(Enumerable.Range(1, unit.Events.Count), unit.Events.Select(e => e.Version));
            var revisions = unit.Forms.Where(f => f.WasRead).Select(f => f.Revision!.Value).ToArray();
            Assert.Equal(revisions.Order(), revisions);
            Assert.Equal(revisions.Length, revisions.Distinct().Count());
        }

        Assert.Equal(records.Count, records.Select(r => r.Hash).Where(h => h is not null).Distinct().Count() + records.Count(r => r.Hash is null));
        return records.Count;
    }

    private static async Task<List<LedgerRecord>> ReadAllAsync(ILedgerStore store)
    {
        var all = new List<LedgerRecord>();
        while (await store.ReadAfterAsync(all.Count == 0 ? 0 : all[^1].Sequence, 500, CancellationToken.None) is { Count: > 0 } page)
        {
            all.AddRange(page);
        }

        return all;
    }

    /// <summary>Starts the writer, waits until its first write is answered (the code is warm), lets it write for a while, and kills it.</summary>
    private static async Task<IReadOnlyList<string>> RunAndKillAsync(string path, int seed, TimeSpan afterFirstWrite)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { typeof(LedgerWriter).Assembly.Location, "ledger-writer", path, seed.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        var lines = new ConcurrentQueue<string>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new ConcurrentQueue<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lines.Enqueue(line);
                if (line.StartsWith("ok ", StringComparison.Ordinal))
                {
                    ready.TrySetResult();
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                errors.Enqueue(line);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromSeconds(60))) != ready.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The writer wrote nothing: {string.Join(Environment.NewLine, errors)}");
        }

        await Task.Delay(afterFirstWrite);
        Assert.False(process.HasExited, $"The writer stopped by itself: {string.Join(Environment.NewLine, errors)}");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return [.. lines];
    }
}
