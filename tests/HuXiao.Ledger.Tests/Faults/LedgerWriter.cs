using HuXiao.Reporting;
using NodaTime;
using static HuXiao.Ledger.Tests.LedgerData;

namespace HuXiao.Ledger.Tests.Faults;

/// <summary>
/// The child process of the kill tests: opens a SQLite ledger and writes to it in a loop — new revisions, large
/// refused files, the same file again, acceptances, returns, reopenings — printing <c>begin N</c> before each write
/// and <c>ok N STATUS SEQUENCE</c> once the ledger has answered, until it is killed.
/// </summary>
internal static class LedgerWriter
{
    internal static readonly OrganisationUnit[] Units =
    [
        Zhongyuan, Erqi, Guancheng, new("410105", "金水分局"), new("410106", "上街公安分局"), new("410108", "惠济分局"),
    ];

    internal static async Task<int> RunAsync(string path, int seed)
    {
        using var store = await SqliteLedgerStore.OpenAsync(path);
        var ledger = new SubmissionLedger(store, SystemClock.Instance);
        var random = new Random(seed);
        var sent = new List<(byte[] Bytes, Submission Reading)>();
        Console.WriteLine("ready");
        for (var i = 0; ; i++)
        {
            var unit = Units[random.Next(Units.Length)];
            var roll = random.Next(100);
            Console.WriteLine($"begin {i}");
            string answer;
            if (roll < 45)
            {
                var month = await ledger.ReadUnitMonthAsync(unit.Code, May);
                var form = Form(unit, revision: (month.Current?.Revision ?? 0) + 1, campuses: random.Next(50, 500));
                sent.Add(form);
                answer = Answer(await ledger.FileAsync(form.Bytes, form.Reading, "网页上传"));
            }
            else if (roll < 70)
            {
                // A large file that could not be read (a workbook of 64–256 KB): a longer write to be killed in.
                var bytes = new byte[random.Next(64, 256) * 1024];
                random.NextBytes(bytes);
                var reading = Submission.Refused([new InputProblem("HX0402", null, "文件已损坏。", "The file is damaged.")], $"{unit.Code}-{i}.xlsx", unit, May);
                sent.Add((bytes, reading));
                answer = Answer(await ledger.FileAsync(bytes, reading, "网页上传"));
            }
            else if (roll < 78 && sent.Count > 0)
            {
                var (bytes, reading) = sent[random.Next(sent.Count)];
                answer = Answer(await ledger.FileAsync(bytes, reading, "邮件"));
            }
            else
            {
                var month = await ledger.ReadUnitMonthAsync(unit.Code, May);
                answer = month.Current is not { } current ? "Refused -"
                    : roll < 88 ? Answer(await ledger.AcceptAsync(current.Hash, "市局审核"))
                    : roll < 94 ? Answer(await ledger.ReturnAsync(current.Hash, "市局审核", ["A01 有误"]))
                    : Answer(await ledger.ReopenAsync(unit.Code, May, "市局审核", "更正"));
            }

            Console.WriteLine($"ok {i} {answer}");
        }
    }

    private static string Answer<T>(LedgerOutcome<T> outcome)
        where T : LedgerEvent
        => outcome.Status == LedgerOutcomeStatus.Recorded ? $"Recorded {outcome.Event!.Sequence}" : $"{outcome.Status} -";
}
