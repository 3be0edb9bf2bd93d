namespace HuXiao.Excel.Stamping;

/// <summary>
/// One entry of a zip package as stored: its name, compression method (0 stored, 8 deflated), DOS time and date, the
/// CRC-32 and size of its bytes, and its data as stored (compressed when deflated).
/// </summary>
internal sealed record ZipEntryData(string Name, ushort Method, ushort Time, ushort Date, uint Crc, long Size, ReadOnlyMemory<byte> Data)
{
    internal const ushort Stored = 0;
    internal const ushort Deflated = 8;
}
