using NodaTime;

namespace HuXiao.Cli.Commands;

/// <summary>What a verb runs with: where it writes, and the clock (the only place the tool reads the time).</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, IClock Clock);
