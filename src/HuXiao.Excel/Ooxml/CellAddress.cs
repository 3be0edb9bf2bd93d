using System.Globalization;

namespace HuXiao.Excel.Ooxml;

/// <summary>A cell's row and column, both from 1, written <c>B7</c>.</summary>
internal readonly record struct CellAddress(int Row, int Col)
{
    /// <summary>The largest row and column a worksheet has (Excel 2007 and later).</summary>
    internal const int MaxRows = 1_048_576;

    internal const int MaxColumns = 16_384;

    /// <summary>Reads <c>B7</c> (no <c>$</c>); false when it is not a cell reference within the sheet's bounds.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out CellAddress address)
    {
        address = default;
        var i = 0;
        var col = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            col = (col * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            i++;
            if (i > 3)
            {
                return false;
            }
        }

        if (i == 0 || i == text.Length || col > MaxColumns)
        {
            return false;
        }

        var digits = text[i..];
        if (digits.Length > 7 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row is < 1 or > MaxRows)
        {
            return false;
        }

        address = new CellAddress(row, col);
        return true;
    }

    /// <summary>Reads <c>B7</c> from ASCII bytes, as a cell's <c>r</c> attribute holds it.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> text, out CellAddress address)
    {
        address = default;
        var i = 0;
        var col = 0;
        while (i < text.Length && (text[i] | 0x20) is >= 'a' and <= 'z')
        {
            col = (col * 26) + ((text[i] | 0x20) - 'a' + 1);
            if (++i > 3)
            {
                return false;
            }
        }

        if (i == 0 || i == text.Length || col > MaxColumns || text.Length - i > 7)
        {
            return false;
        }

        var row = 0;
        for (; i < text.Length; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            row = (row * 10) + digit;
        }

        if (row is < 1 or > MaxRows)
        {
            return false;
        }

        address = new CellAddress(row, col);
        return true;
    }

    /// <summary>The column's letters: 1 → A, 27 → AA.</summary>
    internal static string ColumnName(int col)
    {
        Span<char> letters = stackalloc char[4];
        var n = 0;
        for (var c = col; c > 0; c = (c - 1) / 26)
        {
            letters[n++] = (char)('A' + ((c - 1) % 26));
        }

        letters[..n].Reverse();
        return new string(letters[..n]);
    }

    public override string ToString() => ColumnName(Col) + Row.ToString(CultureInfo.InvariantCulture);
}
