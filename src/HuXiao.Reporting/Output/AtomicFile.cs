
namespace HuXiao.Reporting;

/// <summary>
/// Writes output files safely: to a temporary name in the same folder, then renamed over the target, so a
/// reader never sees a half-written file; and never over one of the inputs. Stateless and thread-safe.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes a file through a temporary name in its folder, then renames it into place.</summary>
    /// <param name="path">The file to write; an existing file is replaced only once the new one is complete.</param>
    /// <param name="write">Writes the content to the stream it is given (do not close it).</param>
    /// <param name="inputs">Paths of the inputs the output was made from; the output may not be one of them.</param>
    /// <exception cref="ReportingException">
    /// <see cref="ErrorCodes.OutputRefused"/>: the path is one of the inputs, or the file could not be written
    /// (the folder is missing or read-only, the disk is full); the temporary file is removed.
    /// </exception>
    public static void Write(string path, Action<Stream> write, params IEnumerable<string> inputs)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(write);
        Preconditions.CheckNotNull(inputs);
        var full = Path.GetFullPath(path);
        foreach (var input in inputs)
        {
            if (input is not null && IsSameFile(full, Path.GetFullPath(input)))
            {
                throw new ReportingException(
                    ErrorCodes.OutputRefused,
                    $"Refusing to write '{path}': it is one of the inputs and would be overwritten. Choose another output file. (输出文件与输入文件相同，拒绝覆盖。)");
            }
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new ReportingException(ErrorCodes.OutputRefused, $"Could not write '{path}': {ex.Message} (无法写入输出文件。)", ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static bool IsSameFile(string a, string b)
    {
        if (string.Equals(a, b, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            return true;
        }

        try
        {
            // Follow links: a symbolic link to an input is that input.
            var ra = new FileInfo(a).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? a;
            var rb = new FileInfo(b).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? b;
            return string.Equals(ra, rb, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
