using System.Globalization;
using System.Numerics;

namespace HuXiao.Excel.Reading;

/// <summary>
/// Reads a whole number typed as text, exactly: surrounding spaces of every kind and full-width digits are fine, a
/// thousands grouping is read when it is a valid one (<c>1,234</c>, <c>1 234</c>), and nothing else is: digits split
/// by a line break, a tab or a stray space (<c>12↵3</c>, <c>12　3</c>) are not a number, and <c>1e-30</c> is a fraction, not 0.
/// </summary>
internal static class WholeNumberText
{
    private const int MaxExponent = 400;

    /// <summary>What the text is.</summary>
    internal enum Outcome
    {
        Blank,
        Whole,
        Fraction,
        OutOfRange,
        NotANumber,
    }

    internal static (Outcome Outcome, long Value) Parse(string raw)
    {
        var text = Text.FoldNumber(Text.Clean(raw));
        if (text.Length == 0)
        {
            return (Outcome.Blank, 0);
        }

        var negative = false;
        if (text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        if (!Ungroup(ref text))
        {
            return (Outcome.NotANumber, 0);
        }

        // Mantissa digits, digits after the point, exponent.
        var e = text.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? text : text[..e];
        var exponent = 0;
        if (e >= 0)
        {
            var expText = text[(e + 1)..];
            if (!IsSignedDigits(expText))
            {
                return (Outcome.NotANumber, 0);
            }

            var digits = expText.TrimStart('+', '-').TrimStart('0');
            var expNegative = expText.StartsWith('-');
            exponent = digits.Length > 4 ? MaxExponent + 1 : int.Parse(digits.Length == 0 ? "0" : digits, CultureInfo.InvariantCulture);
            exponent = Math.Min(exponent, MaxExponent + 1) * (expNegative ? -1 : 1);
        }

        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? string.Empty : mantissa[(point + 1)..];
        if ((whole.Length == 0 && fraction.Length == 0) || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return (Outcome.NotANumber, 0);
        }

        var allDigits = (whole + fraction).TrimStart('0');
        if (allDigits.Length == 0)
        {
            return (Outcome.Whole, 0);
        }

        var scale = exponent - fraction.Length;
        if (scale < 0)
        {
            var zeros = allDigits.Length - allDigits.TrimEnd('0').Length;
            if (zeros < -scale)
            {
                return (Outcome.Fraction, 0);
            }

            allDigits = allDigits[..^(-scale)];
            scale = 0;
        }

        if (allDigits.Length + scale > 20)
        {
            return (Outcome.OutOfRange, 0);
        }

        var value = BigInteger.Parse(allDigits, CultureInfo.InvariantCulture) * BigInteger.Pow(10, scale);
        if (negative)
        {
            value = -value;
        }

        return value >= long.MinValue && value <= long.MaxValue ? (Outcome.Whole, (long)value) : (Outcome.OutOfRange, 0);
    }

    /// <summary>Removes a valid thousands grouping (one separator throughout: comma, space, no-break or thin space); false for any other separator inside.</summary>
    private static bool Ungroup(ref string text)
    {
        var separators = text.Where(c => c is ',' || char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF').Distinct().ToArray();
        if (separators.Length == 0)
        {
            return true;
        }

        if (separators.Length > 1 || separators[0] is not (',' or ' ' or '\u00A0' or '\u2009' or '\u202F'))
        {
            return false;
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? text : text[..point];
        var groups = integer.Split(separators[0]);
        if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3) || groups.Any(g => !g.All(char.IsAsciiDigit)))
        {
            return false;
        }

        if (point >= 0 && text[point..].Contains(separators[0], StringComparison.Ordinal))
        {
            return false;
        }

        text = string.Concat(groups) + (point < 0 ? string.Empty : text[point..]);
        return true;
    }

    private static bool IsSignedDigits(string s)
    {
        var digits = s.Length > 0 && s[0] is '+' or '-' ? s[1..] : s;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit);
    }
}
