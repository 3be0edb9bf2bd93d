using System.Reflection;
using HuXiao.Cli.Commands;
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
        new CampaignCommand(),
        new ServeCommand(),
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

        if (args[0] is "--version")
        {
            context.Out.WriteLine($"huxiao {Version}");
            return ExitCodes.Ok;
        }

        var command = Array.Find(s_commands, c => c.Name == args[0]);
        if (command is null)
        {
            var verbs = string.Join(", ", s_commands.Select(c => c.Name));
            context.Error.WriteLine($"huxiao: 未知命令 '{args[0]}'；命令有 {verbs}（huxiao --help）。 Unknown verb '{args[0]}'; the verbs are {verbs} (huxiao --help).");
            return ExitCodes.UnusableInput;
        }

        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            context.Out.WriteLine($"用法 Usage: huxiao {command.Usage}");
            context.Out.WriteLine();
            context.Out.WriteLine(CampaignLine);
            context.Out.WriteLine(ExitCodeLine);
            return ExitCodes.Ok;
        }

        try
        {
            return command.Run(args.Skip(1).ToArray(), context);
        }
        catch (CliUsageException e)
        {
            Error(context, command, $"输入或选项无法使用（用法见 huxiao {command.Name} --help）。 {e.Message}");
            return ExitCodes.UnusableInput;
        }
        catch (HuXiaoException e)
        {
            Error(context, command, $"[{e.Code}] 输入无法使用。 [{e.Code}] {e.Message}");
            if (verbose)
            {
                context.Error.WriteLine(e.ToString());
            }

            return ExitCodes.UnusableInput;
        }
        catch (IOException e)
        {
            Error(context, command, $"文件无法读写，请检查路径和权限。 {e.Message} Check the path and permissions.");
            if (verbose)
            {
                context.Error.WriteLine(e.ToString());
            }

            return ExitCodes.UnusableInput;
        }
        catch (UnauthorizedAccessException e)
        {
            Error(context, command, $"无权访问，请检查路径和权限。 {e.Message} Check the path and permissions.");
            return ExitCodes.UnusableInput;
        }
    }

    /// <summary>The tool's version: the assembly's informational version, without the source revision.</summary>
    internal static string Version
    {
        get
        {
            var informational = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? typeof(Program).Assembly.GetName().Version?.ToString() ?? "0.0.0";
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }
    }

    private const string CampaignLine = "专项工作 Campaign: 每个命令都接受 --campaign FILE（专项工作定义，默认内置的 zhengzhou-2017）；报表、校验规则、单位、日历和目标都取自它。 Every verb takes --campaign FILE (a campaign definition; default the built-in zhengzhou-2017): the form, rules, units, calendar and targets all come from it.";

    private const string ExitCodeLine = "退出码 Exit codes: 0 完成 done; 1 有发现 findings (validate errors, check not-met, aggregate --strict); 2 输入或选项无法使用 unusable input or options.";

    /// <summary>
    /// Writes an error with exactly one <c>huxiao VERB:</c> prefix on each line: a message that already begins with
    /// the verb (<c>check: …</c>) does not get it twice.
    /// </summary>
    private static void Error(CliContext context, ICommand command, string message)
    {
        var ownPrefix = command.Name + ": ";
        foreach (var line in message.Split('\n'))
        {
            var text = line.TrimEnd('\r');
            text = text.Replace("。 " + ownPrefix, "。 ", StringComparison.Ordinal);
            if (text.StartsWith(ownPrefix, StringComparison.Ordinal))
            {
                text = text[ownPrefix.Length..];
            }

            context.Error.WriteLine($"huxiao {command.Name}: {text}");
        }
    }

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("huxiao — 护校安园 月度报表 monthly reporting");
        writer.WriteLine();
        foreach (var command in s_commands)
        {
            writer.WriteLine("  huxiao " + command.Usage);
        }

        writer.WriteLine();
        writer.WriteLine("  huxiao VERB --help   用法 a verb's usage");
        writer.WriteLine("  huxiao --version     版本 the tool's version");
        writer.WriteLine();
        writer.WriteLine(CampaignLine);
        writer.WriteLine(ExitCodeLine);
    }
}
