using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace HuXiao.Excel.Stamping;

/// <summary>
/// Reads and writes zip packages entry by entry with the entries' data as stored, so that a part copied from one
/// package to another is never inflated and deflated again. Only what a package HuXiao writes needs: no zip64, no
/// encryption, no spanning. The packages it reads are HuXiao's own (<see cref="FormPrototype"/>), never a user's file:
/// those go through <see cref="Packaging.PackageGuard"/>.
/// </summary>
internal static class ZipPackage
{
    private const uint LocalHeader = 0x04034B50;
    private const uint CentralHeader = 0x02014B50;
    private const uint EndOfCentralDirectory = 0x06054B50;
    private const ushort Version = 20;
    private const ushort Utf8Names = 0x0800;

    /// <summary>The entries of a package, in the order of its central directory.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a zip package this reader knows.</exception>
    internal static ZipEntryData[] Read(byte[] zip)
    {
        var span = zip.AsSpan();
        var end = -1;
        for (var i = zip.Length - 22; i >= Math.Max(0, zip.Length - 22 - 65535); i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(span[i..]) == EndOfCentralDirectory)
            {
                end = i;
                break;
            }
        }

        if (end < 0)
        {
            throw new InvalidDataException("no end of central directory");
        }

        var count = BinaryPrimitives.ReadUInt16LittleEndian(span[(end + 10)..]);
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(end + 16)..]);
        var entries = new ZipEntryData[count];
        for (var k = 0; k < count; k++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(span[at..]) != CentralHeader)
            {
                throw new InvalidDataException("a damaged central directory");
            }

            var method = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 10)..]);
            var time = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 12)..]);
            var date = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 14)..]);
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 16)..]);
            var stored = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 20)..]);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 24)..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 28)..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 30)..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 32)..]);
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 42)..]);
            var name = Encoding.UTF8.GetString(span.Slice(at + 46, nameLength));
            if (BinaryPrimitives.ReadUInt32LittleEndian(span[local..]) != LocalHeader || method is not (ZipEntryData.Stored or ZipEntryData.Deflated))
            {
                throw new InvalidDataException($"entry '{name}' is not a plain stored or deflated entry");
            }

            var data = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(span[(local + 26)..]) + BinaryPrimitives.ReadUInt16LittleEndian(span[(local + 28)..]);
            entries[k] = new ZipEntryData(name, method, time, date, crc, size, zip.AsMemory(data, stored));
            at += 46 + nameLength + extraLength + commentLength;
        }

        return entries;
    }

    /// <summary>An entry's bytes, inflated when deflated.</summary>
    internal static byte[] Content(ZipEntryData entry)
    {
        if (entry.Method == ZipEntryData.Stored)
        {
            return entry.Data.ToArray();
        }

        using var inflate = new DeflateStream(new MemoryStream(entry.Data.ToArray(), writable: false), CompressionMode.Decompress);
        var result = new byte[entry.Size];
        inflate.ReadExactly(result);
        return result;
    }

    /// <summary>A new deflated entry holding <paramref name="content"/>, with the time and date of <paramref name="like"/>.</summary>
    internal static ZipEntryData Deflate(ZipEntryData like, ReadOnlySpan<byte> content)
    {
        var compressed = new MemoryStream(content.Length / 4 + 64);
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return like with { Method = ZipEntryData.Deflated, Crc = Crc32.Compute(content), Size = content.Length, Data = compressed.GetBuffer().AsMemory(0, (int)compressed.Length) };
    }

    /// <summary>Writes a package of these entries, in this order.</summary>
    internal static void Write(Stream output, IReadOnlyList<ZipEntryData> entries)
    {
        var names = new byte[entries.Count][];
        var offsets = new long[entries.Count];
        long at = 0;
        Span<byte> header = stackalloc byte[46];
        for (var k = 0; k < entries.Count; k++)
        {
            var entry = entries[k];
            names[k] = Encoding.UTF8.GetBytes(entry.Name);
            offsets[k] = at;
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, LocalHeader);
            Fields(header[4..], entry, names[k]);
            output.Write(header[..30]);
            output.Write(names[k]);
            output.Write(entry.Data.Span);
            at += 30 + names[k].Length + entry.Data.Length;
        }

        var directory = at;
        for (var k = 0; k < entries.Count; k++)
        {
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, CentralHeader);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
            Fields(header[6..], entries[k], names[k]);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], checked((uint)offsets[k]));
            output.Write(header);
            output.Write(names[k]);
            at += 46 + names[k].Length;
        }

        header.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(header, EndOfCentralDirectory);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], checked((ushort)entries.Count));
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], checked((ushort)entries.Count));
        BinaryPrimitives.WriteUInt32LittleEndian(header[12..], checked((uint)(at - directory)));
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], checked((uint)directory));
        output.Write(header[..22]);
    }

    /// <summary>The fields a local header (from its offset 4) and a central header (from its offset 6) share, through the name's length.</summary>
    private static void Fields(Span<byte> span, ZipEntryData entry, byte[] name)
    {
        var ascii = Array.TrueForAll(name, b => b < 0x80);
        BinaryPrimitives.WriteUInt16LittleEndian(span, Version);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], ascii ? (ushort)0 : Utf8Names);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], entry.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(span[6..], entry.Time);
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], entry.Date);
        BinaryPrimitives.WriteUInt32LittleEndian(span[10..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(span[14..], checked((uint)entry.Data.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(span[18..], checked((uint)entry.Size));
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], checked((ushort)name.Length));
    }
}
