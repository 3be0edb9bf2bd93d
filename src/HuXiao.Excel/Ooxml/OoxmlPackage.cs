using System.Buffers;
using System.IO.Compression;

namespace HuXiao.Excel.Ooxml;

/// <summary>
/// The parts of a checked .xlsx package, inflated only when read and only within <see cref="ExcelReadLimits"/>:
/// each part's size and the total are counted while inflating, because declared sizes can lie; each part is
/// inflated once and scanned once. Parts the form
/// does not need (pictures, drawings, themes, printer settings) are never inflated. The parts' bytes are held in
/// pooled buffers, given back when the package is disposed: nothing read from a part may outlive it. Created by
/// <see cref="Packaging.PackageGuard"/>; not thread-safe.
/// </summary>
internal sealed class OoxmlPackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly ExcelReadLimits _limits;
    private readonly Dictionary<string, IReadOnlyList<OoxmlRelationship>> _relationships = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<byte[]> _buffers = [];
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

    /// <summary>A scanner over a part's XML, or null when the package has no such part.</summary>
    /// <exception cref="WorkbookReadException">The part is over the limits (<see cref="ExcelErrorCodes.TooLarge"/>).</exception>
    internal XmlScanner? Xml(string part)
    {
        if (!_entries.TryGetValue(part, out var entry))
        {
            return null;
        }

        // A part that says it is too large is refused before it is inflated; one that lies is stopped while inflating.
        Count(part, entry.Length, 0);
        using var stream = entry.Open();
        var cap = (int)Math.Min(_limits.MaxPartBytes + 1, Array.MaxLength);
        var buffer = Rent((int)Math.Min(Math.Max(entry.Length, 256) + 1, cap));
        var length = 0;
        while (true)
        {
            var room = Math.Min(buffer.Length, cap);
            if (length == room)
            {
                var larger = Rent((int)Math.Min((long)room * 2, cap));
                buffer.AsSpan(0, length).CopyTo(larger);
                buffer = larger;
                room = Math.Min(buffer.Length, cap);
            }

            var read = stream.Read(buffer, length, room - length);
            if (read == 0)
            {
                break;
            }

            length += read;
            Count(part, length, read);
        }

        return XmlScanner.Create(buffer, length);
    }

    /// <summary>The relationships of a part (from its <c>_rels/NAME.rels</c>), targets resolved to part names; read once.</summary>
    internal IReadOnlyList<OoxmlRelationship> Relationships(string part)
    {
        if (!_relationships.TryGetValue(part, out var relationships))
        {
            _relationships[part] = relationships = ReadRelationships(part);
        }

        return relationships;
    }

    private List<OoxmlRelationship> ReadRelationships(string part)
    {
        var slash = part.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : part[..(slash + 1)];
        var xml = Xml(folder + "_rels/" + part[(slash + 1)..] + ".rels");
        if (xml is null)
        {
            return [];
        }

        var result = new List<OoxmlRelationship>();
        while (xml.Read())
        {
            if (xml.IsStart && xml.Is("Relationship"u8) && xml.Attribute("Target"u8) is { } target)
            {
                var external = string.Equals(xml.Attribute("TargetMode"u8), "External", StringComparison.OrdinalIgnoreCase);
                result.Add(new OoxmlRelationship(
                    xml.Attribute("Id"u8) ?? string.Empty,
                    xml.Attribute("Type"u8) ?? string.Empty,
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

    public void Dispose()
    {
        _zip.Dispose();
        foreach (var buffer in _buffers)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        _buffers.Clear();
    }

    private byte[] Rent(int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        _buffers.Add(buffer);
        return buffer;
    }

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
}
