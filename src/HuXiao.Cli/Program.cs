using HuXiao.Cli.Commands;
using HuXiao.Cli.Infrastructure;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Cli;

/// <summary>The <c>huxiao</c> tool: a city office's monthly job without writing code.</summary>
public static class Program
{
    private static readonly ICommand[] s_commands =
    [
        new DemoCommand(),
        new TemplateCommand(),
        new ValidateCommand(),
        new AggregateCommand(),
        new ConvertCommand(),
        new SchemaCommand(),
        new CheckCommand(),
        new CalendarCommand(),
        new BriefCommand(),
    ];

    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return Run(args, new CliContext(Console.Out, Console.Error, SystemClock.Instance));
    }

    /// <summary>Runs one verb with the given writers and clock; returns the exit code.</summary>
    internal static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var verbose = args.Contains("--verbose");
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
        {
            PrintUsage(context.Out);
            return args.Count == 0 ? ExitCodes.UnusableInput : ExitCodes.Ok;
        }

        var command = Array.Find(s_commands, c => c.Name == args[0]);
        if (command is null)
        {
            context.Error.WriteLine($"huxiao: unknown verb '{args[0]}'; the verbs are {string.Join(", ", s_commands.Select(c => c.Name))} (huxiao help).");
            return ExitCodes.UnusableInput;
        }

        try
        {
            return command.Run(args.Skip(1).ToArray(), context);
        }
        catch (CliUsageException e)
        {
            context.Error.WriteLine($"huxiao {command.Name}: {e.Message}");
            return ExitCodes.UnusableInput;
        }
        catch (ReportingException e)
        {
            context.Error.WriteLine($"huxiao {command.Name}: [{e.Code}] {e.Message}");
            if (verbose)
            {
                context.Error.WriteLine(e.ToString());
            }

            return ExitCodes.UnusableInput;
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"huxiao {command.Name}: {e.Message} Check the path and permissions.");
            if (verbose)
            {
                context.Error.WriteLine(e.ToString());
            }

            return ExitCodes.UnusableInput;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine($"huxiao {command.Name}: {e.Message} Check the path and permissions.");
            return ExitCodes.UnusableInput;
        }
    }

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("huxiao — 护校安园 monthly reporting");
        writer.WriteLine();
        foreach (var command in s_commands)
        {
            writer.WriteLine("  huxiao " + command.Usage);
        }

        writer.WriteLine();
        writer.WriteLine("Exit codes: 0 done; 1 findings (validate errors, check not-met, aggregate --strict); 2 unusable input or options.");
    }
}
