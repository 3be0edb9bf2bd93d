namespace HuXiao.Cli;

/// <summary>The tool's exit codes, a contract other systems script against.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for validate and check, nothing failed.</summary>
    internal const int Ok = 0;

    /// <summary>validate: some input has an error; check: something due is not met; aggregate --strict: an input has an error.</summary>
    internal const int Findings = 1;

    /// <summary>Unusable input or options: a missing, unreadable or legacy-format file, an overflow, mixed periods or schemas.</summary>
    internal const int UnusableInput = 2;
}
