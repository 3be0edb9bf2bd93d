namespace HuXiao.Cli;

/// <summary>Unusable input or options: printed as one line saying what and how to fix it, exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
