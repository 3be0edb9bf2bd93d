namespace HuXiao.Cli.Commands;

/// <summary>One verb of the tool.</summary>
internal interface ICommand
{
    /// <summary>The verb, as typed.</summary>
    string Name { get; }

    /// <summary>One line of usage.</summary>
    string Usage { get; }

    /// <summary>Runs the verb and returns its exit code.</summary>
    int Run(IReadOnlyList<string> args, CliContext context);
}
