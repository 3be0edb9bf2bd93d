namespace HuXiao.Cli.Infrastructure;

/// <summary>
/// Writes output files to a temporary name in the same folder, then renames: never a half-written file, and
/// never an input overwritten.
/// </summary>
internal static class AtomicFile
{
    internal static void Write(string path, Action<Stream> write, IEnumerable<string>? inputs = null)
    {
        var full = Path.GetFullPath(path);
        foreach (var input in inputs ?? [])
        {
            if (string.Equals(Path.GetFullPath(input), full, StringComparison.Ordinal))
            {
                throw new CliUsageException($"The output {path} is also an input: choose another output name, inputs are never overwritten.");
            }
        }

        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    internal static void WriteText(string path, string text, IEnumerable<string>? inputs = null)
        => Write(path, s =>
        {
            var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
            s.Write(bytes, 0, bytes.Length);
        }, inputs);
}
