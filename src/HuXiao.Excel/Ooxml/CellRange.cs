namespace HuXiao.Excel.Ooxml;

/// <summary>A rectangle of cells, such as a merged range <c>A1:T1</c>.</summary>
internal readonly record struct CellRange(CellAddress First, CellAddress Last)
{
    /// <summary>Reads <c>A1:T1</c> or a single cell <c>A1</c> (no <c>$</c>).</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out CellRange range)
    {
        range = default;
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            if (!CellAddress.TryParse(text, out var single))
            {
                return false;
            }

            range = new CellRange(single, single);
            return true;
        }

        if (!CellAddress.TryParse(text[..colon], out var a) || !CellAddress.TryParse(text[(colon + 1)..], out var b))
        {
            return false;
        }

        range = new CellRange(new CellAddress(Math.Min(a.Row, b.Row), Math.Min(a.Col, b.Col)), new CellAddress(Math.Max(a.Row, b.Row), Math.Max(a.Col, b.Col)));
        return true;
    }

    internal bool Contains(int row, int col) => row >= First.Row && row <= Last.Row && col >= First.Col && col <= Last.Col;

    public override string ToString() => First == Last ? First.ToString() : $"{First}:{Last}";
}
