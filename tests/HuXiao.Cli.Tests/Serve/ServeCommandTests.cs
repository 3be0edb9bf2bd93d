using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace HuXiao.Cli.Tests.Serve;

/// <summary><c>huxiao serve</c> as a process: its options refused with exit code 2, and a clean stop on SIGTERM.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--port", "0")]
    [InlineData("--port", "http")]
    [InlineData("--port", "70000")]
    [InlineData("extra", "argument")]
    public void Bad_options_are_refused_with_exit_code_2(string first, string second)
    {
        using var temp = new TempDirectory();
        var outcome = HuxiaoProcess.Run(temp.Path, "serve", first, second);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("huxiao serve:", outcome.Error);
        Assert.False(File.Exists(temp.File("huxiao.db")));
    }

    [Fact]
    public void A_file_that_is_not_a_ledger_is_refused_untouched()
    {
        using var temp = new TempDirectory();
        var notes = temp.File("notes.db");
        File.WriteAllText(notes, "not a database");
        var outcome = HuxiaoProcess.Run(temp.Path, "serve", "--db", notes, "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("HX07", outcome.Error);
        Assert.Equal("not a database", File.ReadAllText(notes));
    }

    [Fact]
    public async Task It_serves_the_pages_and_api_on_loopback_creates_the_ledger_and_stops_cleanly_on_sigterm()
    {
        using var temp = new TempDirectory();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "HuXiao.Cli.dll"), "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            var banner = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Contains($"http://127.0.0.1:{port}/", banner);
            Assert.True(File.Exists(temp.File("huxiao.db")));

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var page = await http.GetStringAsync("/months/2017-05");
            Assert.Contains("410102", page);
            using var month = await http.GetAsync("/api/months/2017-05");
            Assert.Equal(HttpStatusCode.OK, month.StatusCode);
            Assert.Equal("application/json", month.Content.Headers.ContentType!.MediaType);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("stopped", await process.StandardOutput.ReadToEndAsync());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
