namespace HuXiao.Excel.Stamping;

/// <summary>The CRC-32 a zip entry records of its bytes (IEEE 802.3, reflected, as zlib computes it).</summary>
internal static class Crc32
{
    private static readonly uint[] s_table = CreateTable();

    internal static uint Compute(ReadOnlySpan<byte> data)
    {
        var table = s_table;
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
