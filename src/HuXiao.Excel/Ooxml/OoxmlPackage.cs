using System.IO.Compression;
using System.Xml;

namespace HuXiao.Excel.Ooxml;

/// <summary>
/// The parts of a checked .xlsx package, inflated only when read and only within <see cref="ExcelReadLimits"/>:
/// each part's size and the total are counted while inflating, because declared sizes can lie. Parts the form
/// does not need (pictures, drawings, themes, printer settings) are never inflated. Created by
/// <see cref="Packaging.PackageGuard"/>; not thread-safe.
/// </summary>
internal sealed class OoxmlPackage : IDisposable
{
    private static readonly XmlReaderSettings s_xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreWhitespace = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly ExcelReadLimits _limits;
    private long _inflated;

    internal OoxmlPackage(ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries, ExcelReadLimits limits)
    {
        _zip = zip;
        _entries = entries;
        _limits = limits;
    }

    /// <summary>The workbook part, such as <c>xl/workbook.xml</c>; set by the guard once found.</summary>
    internal string WorkbookPart { get; set; } = string.Empty;

    /// <summary>Whether the package has a part of that name (no leading slash; case does not count).</summary>
    internal bool Has(string part) => _entries.ContainsKey(part);

    /// <summary>An XML reader over a part, or null when the package has no such part.</summary>
    internal XmlReader? Xml(string part)
    {
        if (!_entries.TryGetValue(part, out var entry))
        {
            return null;
        }

        // A part that says it is too large is refused before it is inflated; one that lies is stopped while inflating.
        Count(part, entry.Length, 0);
        return XmlReader.Create(new BoundedStream(entry.Open(), this, part), s_xml);
    }

    /// <summary>The relationships of a part (from its <c>_rels/NAME.rels</c>), targets resolved to part names.</summary>
    internal IReadOnlyList<OoxmlRelationship> Relationships(string part)
    {
        var slash = part.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : part[..(slash + 1)];
        var relsName = folder + "_rels/" + part[(slash + 1)..] + ".rels";
        using var reader = Xml(relsName);
        if (reader is null)
        {
            return [];
        }

        var result = new List<OoxmlRelationship>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship")
            {
                var target = reader.GetAttribute("Target");
                if (target is null)
                {
                    continue;
                }

                var external = string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
                result.Add(new OoxmlRelationship(
                    reader.GetAttribute("Id") ?? string.Empty,
                    reader.GetAttribute("Type") ?? string.Empty,
                    external ? target : Resolve(folder, target),
                    external));
            }
        }

        return result;
    }

    /// <summary>Resolves a relationship target against the folder of its source part; the result has no leading slash.</summary>
    internal static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target.TrimStart('/') : folder + target;
        var parts = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(Uri.UnescapeDataString(segment));
        }

        return string.Join('/', parts);
    }

    public void Dispose() => _zip.Dispose();

    private void Count(string part, long partBytes, int more)
    {
        if (partBytes > _limits.MaxPartBytes)
        {
            throw Packaging.PackageGuard.TooLarge(
                $"the part '{part}' inflates to more than {_limits.MaxPartBytes:N0} bytes (a zip bomb, or a sheet far too large for a form)",
                $"部件“{part}”解压后超过 {_limits.MaxPartBytes:N0} 字节（压缩炸弹或工作表过大）");
        }

        _inflated += more;
        if (_inflated > _limits.MaxTotalBytes)
        {
            throw Packaging.PackageGuard.TooLarge(
                $"the package inflates to more than {_limits.MaxTotalBytes:N0} bytes (a zip bomb, or far too much data)",
                $"解压后超过 {_limits.MaxTotalBytes:N0} 字节（压缩炸弹或数据过多）");
        }
    }

    /// <summary>A part's inflated bytes, counted against the limits as they are read.</summary>
    private sealed class BoundedStream(Stream inner, OoxmlPackage package, string part) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            package.Count(part, _read, n);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
