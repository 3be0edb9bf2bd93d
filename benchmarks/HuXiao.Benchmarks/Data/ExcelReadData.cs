using System.IO.Compression;
using HuXiao.Excel;
using HuXiao.Reporting;

namespace HuXiao.Benchmarks.Data;

/// <summary>
/// excel-read-2850: a month's filled forms of a large province (2,850 units at full scale) read from their bytes, and
/// the floor any reader pays: unzip every part of every file and look at every byte (unzip-scan-floor).
/// </summary>
public sealed class ExcelReadData
{
    private const int Distinct = 100;
    private readonly ExcelFormReader _reader = new();
    private readonly byte[] _buffer = new byte[81920];

    public ExcelReadData(Dataset data, int forms)
    {
        var reports = data.Current.ToReports().ToArray();
        var writer = new ExcelFormWriter();
        var written = Enumerable.Range(0, Math.Min(forms, Distinct))
            .Select(i => writer.Write(reports[i % reports.Length].ToBuilder().WithUnit(new OrganisationUnit($"U{i:0000}", $"单位{i:0000}")).Build()))
            .ToArray();

        // Reading keeps nothing between files, so each distinct form stands for many.
        Files = Enumerable.Range(0, forms).Select(i => written[i % written.Length]).ToArray();
    }

    public byte[][] Files { get; }

    /// <summary>Reads every form; returns the sum of their A01 合计, so nothing is skipped.</summary>
    public long ReadAll()
    {
        long total = 0;
        foreach (var file in Files)
        {
            total += _reader.Read(file).GetValueOrThrow().Total("A01") ?? 0;
        }

        return total;
    }

    /// <summary>The floor: inflates every part of every file and counts its markup characters.</summary>
    public long UnzipScan()
    {
        long count = 0;
        var buffer = new byte[81920];
        foreach (var file in Files)
        {
            count += UnzipScan(file, buffer);
        }

        return count;
    }

    /// <summary>
    /// Every form read and unzipped-and-scanned in turn, form by form, each timed: on a shared machine, whatever
    /// slows one slows the other alike. Returns the total milliseconds of each.
    /// </summary>
    public (double ReadMs, double FloorMs) ReadAndScanInTurn()
    {
        var buffer = new byte[81920];
        long read = 0, floor = 0;
        var ticks = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var file in Files)
        {
            _ = _reader.Read(file).GetValueOrThrow();
            var between = System.Diagnostics.Stopwatch.GetTimestamp();
            _ = UnzipScan(file, buffer);
            var after = System.Diagnostics.Stopwatch.GetTimestamp();
            read += between - ticks;
            floor += after - between;
            ticks = after;
        }

        return (read * 1000.0 / System.Diagnostics.Stopwatch.Frequency, floor * 1000.0 / System.Diagnostics.Stopwatch.Frequency);
    }

    /// <summary>The floor for one form.</summary>
    public long UnzipScan(int form) => UnzipScan(Files[form], _buffer);

    private static long UnzipScan(byte[] file, byte[] buffer)
    {
        long count = 0;
        using var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                count += buffer.AsSpan(0, read).Count((byte)'<');
            }
        }

        return count;
    }
}
