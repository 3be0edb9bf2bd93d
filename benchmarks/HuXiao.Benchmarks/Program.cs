using BenchmarkDotNet.Running;

namespace HuXiao.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/HuXiao.Benchmarks -- --filter '*'</c> runs the BenchmarkDotNet
/// classes; <c>-- compare [--json] [--scale N] [--only a,b]</c> runs the quick side-by-side comparison.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "probe")
        {
            return Probe.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "probe-excel")
        {
            return ExcelProbe.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "compare")
        {
            return Compare.Run(args[1..]);
        }

        // --scale N works here too (it sets the environment variable, so in-process and child runs both see it).
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--scale" && i + 1 < args.Length)
            {
                Environment.SetEnvironmentVariable(Scale.EnvironmentVariable, args[++i]);
                Scale.National = int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest]).ToArray();

        // Nothing run (a bad option, a filter matching nothing) or any benchmark failing is an error, so CI notices.
        var failed = summaries.Length == 0
                     || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
