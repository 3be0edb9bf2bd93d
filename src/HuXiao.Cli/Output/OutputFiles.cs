using HuXiao.Reporting;

namespace HuXiao.Cli;

/// <summary>Text outputs, written through <see cref="AtomicFile"/>: a temporary name, then a rename; never over an input.</summary>
internal static class OutputFiles
{
    private static readonly System.Text.UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    internal static void WriteText(string path, string text, IEnumerable<string>? inputs = null)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        AtomicFile.Write(path, s => s.Write(s_utf8.GetBytes(text)), inputs ?? []);
    }
}
