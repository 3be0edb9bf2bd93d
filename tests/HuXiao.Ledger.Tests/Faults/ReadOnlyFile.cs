using System.Diagnostics;

namespace HuXiao.Ledger.Tests.Faults;

/// <summary>
/// Makes a file read-only for the process, whoever runs it: as root (CI, these machines) with the immutable attribute
/// (<c>chattr +i</c>), which root too must obey; as an ordinary user by taking away the write bits. Undone when disposed.
/// </summary>
internal sealed class ReadOnlyFile : IDisposable
{
    private readonly string _path;
    private readonly bool _immutable;
    private bool _disposed;

    private ReadOnlyFile(string path, bool immutable)
    {
        _path = path;
        _immutable = immutable;
    }

    internal static ReadOnlyFile Make(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, File.GetAttributes(path) | FileAttributes.ReadOnly);
            return new ReadOnlyFile(path, immutable: false);
        }

        if (Environment.UserName != "root")
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            return new ReadOnlyFile(path, immutable: false);
        }

        Run("chattr", "+i", path);
        return new ReadOnlyFile(path, immutable: true);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_immutable)
        {
            Run("chattr", "-i", _path);
        }
        else if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(_path, File.GetAttributes(_path) & ~FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Trim()}. The read-only test needs chattr (e2fsprogs) and a file system that supports the immutable attribute when run as root.");
        }
    }
}
