using System.Diagnostics;
using System.Text;

namespace HuXiao.Cli.Tests;

/// <summary>Runs the built tool as a separate process, as a city office would.</summary>
public static class HuxiaoProcess
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome Run(string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "HuXiao.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("huxiao " + string.Join(' ', args) + " did not finish in 120 s");
        }

        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A scratch folder per test, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "huxiao-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// The demo, run once for all the tests that read what it writes (it is the slowest verb); its folder is removed when
/// the test process ends. Tests only read from it.
/// </summary>
public static class DemoRun
{
    private static readonly Lazy<(TempDirectory Dir, HuxiaoProcess.Outcome Run)> s_run = new(() =>
    {
        var dir = new TempDirectory();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => dir.Dispose();
        return (dir, HuxiaoProcess.Run(dir.Path, "demo", "--out", "out"));
    });

    /// <summary>The demo's exit code and output.</summary>
    public static HuxiaoProcess.Outcome Outcome => s_run.Value.Run;

    /// <summary>The folder the demo ran in; it wrote into its <c>out</c> subfolder.</summary>
    public static string Folder => s_run.Value.Dir.Path;

    /// <summary>A path in the demo's output folder.</summary>
    public static string Out(params string[] parts) => Path.Combine([Folder, "out", .. parts]);
}
