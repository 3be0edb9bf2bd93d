using System.Collections.Frozen;
using System.Text;

namespace HuXiao.Excel.Ooxml;

/// <summary>
/// A cell's number format, read for one question: does the cell show the number it stores? A format may show a
/// whole number as a percent (1 → 100%), a date (42898 → 2017年6月12日), a fraction, in scientific notation,
/// scaled (12000 → 12), not at all (<c>;;;</c>), or a negative without its sign (<c>0;0</c>). Colours, currency
/// signs, literal text such as <c>0"所"</c>, decimals and the Chinese-numeral formats (<c>[DBNum1]</c>: 12 → 十二)
/// show the same number. Immutable.
/// </summary>
internal sealed class NumberFormat
{
    /// <summary>The General format.</summary>
    internal static readonly NumberFormat General = new("General");

    // Excel's built-in formats (ECMA-376 18.8.30), with the Chinese (zh-CN) date and time ids 27–36 and 50–58
    // and the Thai ids 59–81 by their kind. An id without a format is shown as General, as Excel does.
    private static readonly FrozenDictionary<int, string> s_builtIn = new Dictionary<int, string>
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00",
        [5] = "\"$\"#,##0_);(\"$\"#,##0)", [6] = "\"$\"#,##0_);[Red](\"$\"#,##0)",
        [7] = "\"$\"#,##0.00_);(\"$\"#,##0.00)", [8] = "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)",
        [9] = "0%", [10] = "0.00%", [11] = "0.00E+00", [12] = "# ?/?", [13] = "# ??/??",
        [14] = "yyyy/m/d", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy", [18] = "h:mm AM/PM",
        [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "yyyy/m/d h:mm",
        [27] = "yyyy\"年\"m\"月\"", [28] = "m\"月\"d\"日\"", [29] = "m\"月\"d\"日\"", [30] = "m-d-yy",
        [31] = "yyyy\"年\"m\"月\"d\"日\"", [32] = "h\"时\"mm\"分\"", [33] = "h\"时\"mm\"分\"ss\"秒\"",
        [34] = "上午/下午h\"时\"mm\"分\"", [35] = "上午/下午h\"时\"mm\"分\"ss\"秒\"", [36] = "yyyy\"年\"m\"月\"",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)",
        [41] = "_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)", [42] = "_(\"$\"* #,##0_);_(\"$\"* \\(#,##0\\);_(\"$\"* \"-\"_);_(@_)",
        [43] = "_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)", [44] = "_(\"$\"* #,##0.00_);_(\"$\"* \\(#,##0.00\\);_(\"$\"* \"-\"??_);_(@_)",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mm:ss.0", [48] = "##0.0E+0", [49] = "@",
        [50] = "yyyy\"年\"m\"月\"", [51] = "m\"月\"d\"日\"", [52] = "yyyy\"年\"m\"月\"", [53] = "m\"月\"d\"日\"",
        [54] = "m\"月\"d\"日\"", [55] = "上午/下午h\"时\"mm\"分\"", [56] = "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        [57] = "yyyy\"年\"m\"月\"", [58] = "m\"月\"d\"日\"",
        [59] = "0", [60] = "0.00", [61] = "#,##0", [62] = "#,##0.00", [67] = "0%", [68] = "0.00%", [69] = "# ?/?", [70] = "# ??/??",
        [71] = "d/m/yyyy", [72] = "d-mmm-yy", [73] = "d-mmm", [74] = "mmm-yy", [75] = "h:mm", [76] = "h:mm:ss",
        [77] = "d/m/yyyy h:mm", [78] = "mm:ss", [79] = "[h]:mm:ss", [80] = "mm:ss.0", [81] = "d/m/bb",
    }.ToFrozenDictionary();

    private readonly Section[] _sections;

    private NumberFormat(string code)
    {
        Code = code;
        _sections = Split(code).Select(Section.Parse).ToArray();
        if (_sections.Length == 0)
        {
            _sections = [Section.Parse("General")];
        }
    }

    /// <summary>The format code, such as <c>0</c> or <c>yyyy"年"m"月"</c>.</summary>
    internal string Code { get; }

    /// <summary>Whether the format shows a date or time (Excel decides by the first section).</summary>
    internal bool IsDateTime => _sections[0].IsDateTime;

    /// <summary>Whether a text value is not shown as typed: a fourth section without <c>@</c> (as in <c>;;;</c>).</summary>
    internal bool HidesText => _sections.Length >= 4 && !_sections[3].HasText;

    /// <summary>The format of a built-in id.</summary>
    internal static NumberFormat BuiltIn(int id) => s_builtIn.TryGetValue(id, out var code) ? FromCode(code) : General;

    /// <summary>A format from its code; empty means General.</summary>
    internal static NumberFormat FromCode(string code) => string.IsNullOrWhiteSpace(code) || code.Equals("General", StringComparison.OrdinalIgnoreCase) ? General : new NumberFormat(code);

    /// <summary>What the format shows for a number.</summary>
    internal Display Shows(double value)
    {
        if (_sections.Any(s => s.HasCondition))
        {
            return Display.Conditional;
        }

        var index = value > 0 ? 0
            : value < 0 ? (_sections.Length >= 2 ? 1 : 0)
            : (_sections.Length >= 3 ? 2 : 0);
        var section = _sections[Math.Min(index, _sections.Length - 1)];
        if (section.IsGeneral)
        {
            return value < 0 && index == 1 ? Display.NoMinus : Display.Number;
        }

        if (section.IsDateTime)
        {
            return Display.Date;
        }

        if (section.IsPercent)
        {
            return Display.Percent;
        }

        if (section.IsFraction)
        {
            return Display.Fraction;
        }

        if (section.IsScientific)
        {
            return Display.Scientific;
        }

        if (section.IsScaled)
        {
            return Display.Scaled;
        }

        if (!section.HasDigits)
        {
            // A text section (@) given a number shows the number as General.
            if (section.HasText)
            {
                return Display.Number;
            }

            if (section.Literal.Length == 0)
            {
                return Display.Nothing;
            }

            // Accounting formats show a zero as a dash.
            return value == 0 && index == 2 && section.Literal.Trim() is "-" or "–" or "—" ? Display.Number : Display.OtherText;
        }

        if (value < 0 && index == 1 && !section.ShowsSign)
        {
            return Display.NoMinus;
        }

        return Display.Number;
    }

    /// <summary>Splits a format code into its sections at the semicolons that are not quoted, escaped or bracketed.</summary>
    private static List<string> Split(string code)
    {
        var sections = new List<string>();
        var start = 0;
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quoted)
            {
                quoted = c != '"';
            }
            else if (bracket)
            {
                bracket = c != ']';
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == '[')
            {
                bracket = true;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == ';')
            {
                sections.Add(code[start..i]);
                start = i + 1;
            }
        }

        sections.Add(code[start..]);
        return sections.Take(4).ToList();
    }

    /// <summary>What a format shows for a number.</summary>
    internal enum Display
    {
        /// <summary>The number itself (in any digits, with any currency sign, colour or literal text).</summary>
        Number,

        /// <summary>A date or time.</summary>
        Date,

        /// <summary>The number times 100, with a percent sign.</summary>
        Percent,

        /// <summary>A fraction.</summary>
        Fraction,

        /// <summary>Scientific notation, which rounds.</summary>
        Scientific,

        /// <summary>The number divided by a thousand or more (a comma after the last digit).</summary>
        Scaled,

        /// <summary>Nothing: the cell looks blank.</summary>
        Nothing,

        /// <summary>Only literal text, not the number.</summary>
        OtherText,

        /// <summary>A negative number without a minus sign or brackets.</summary>
        NoMinus,

        /// <summary>A format with conditions (<c>[&gt;100]</c>), whose display depends on the value.</summary>
        Conditional,
    }

    /// <summary>One section of a format code, with what its unquoted codes do.</summary>
    private sealed class Section
    {
        internal bool IsGeneral { get; private init; }

        internal bool IsDateTime { get; private init; }

        internal bool IsPercent { get; private init; }

        internal bool IsFraction { get; private init; }

        internal bool IsScientific { get; private init; }

        internal bool IsScaled { get; private init; }

        internal bool HasDigits { get; private init; }

        internal bool HasText { get; private init; }

        internal bool HasCondition { get; private init; }

        internal bool ShowsSign { get; private init; }

        /// <summary>The literal text the section shows (quoted, escaped or plain), without padding and fills.</summary>
        internal string Literal { get; private init; } = string.Empty;

        internal static Section Parse(string code)
        {
            bool general = false, date = false, percent = false, slash = false, scientific = false, scaled = false;
            bool digits = false, text = false, condition = false, sign = false, elapsed = false;
            var literal = new StringBuilder();
            var lastWasDigit = false;
            for (var i = 0; i < code.Length; i++)
            {
                var c = code[i];
                switch (c)
                {
                    case '"':
                        {
                            var end = code.IndexOf('"', i + 1);
                            var quoted = end < 0 ? code[(i + 1)..] : code[(i + 1)..end];
                            literal.Append(quoted);
                            sign |= quoted.Contains('-', StringComparison.Ordinal);
                            i = end < 0 ? code.Length : end;
                            lastWasDigit = false;
                            continue;
                        }

                    case '[':
                        {
                            var end = code.IndexOf(']', i + 1);
                            var inner = end < 0 ? code[(i + 1)..] : code[(i + 1)..end];
                            if (inner.Length > 0 && inner[0] is '<' or '>' or '=')
                            {
                                condition = true;
                            }
                            else if (inner.Length > 0 && inner.All(ch => ch is 'h' or 'H' or 'm' or 'M' or 's' or 'S'))
                            {
                                elapsed = true;
                            }
                            else if (inner.StartsWith('$'))
                            {
                                // [$¥-804]: a currency sign (and locale), shown as it is.
                                var dash = inner.IndexOf('-', StringComparison.Ordinal);
                                literal.Append(dash < 0 ? inner[1..] : inner[1..dash]);
                            }

                            i = end < 0 ? code.Length : end;
                            lastWasDigit = false;
                            continue;
                        }

                    case '\\':
                        if (i + 1 < code.Length)
                        {
                            literal.Append(code[i + 1]);
                            sign |= code[i + 1] is '-' or '(';
                        }

                        i++;
                        lastWasDigit = false;
                        continue;
                    case '_' or '*':
                        i++;
                        lastWasDigit = false;
                        continue;
                    case '0' or '#' or '?':
                        digits = true;
                        lastWasDigit = true;
                        continue;
                    case '.':
                        continue;
                    case ',':
                        if (lastWasDigit && !NextIsDigit(code, i + 1))
                        {
                            scaled = true;
                        }

                        continue;
                    case '%':
                        percent = true;
                        lastWasDigit = false;
                        continue;
                    case '/':
                        slash = true;
                        lastWasDigit = false;
                        continue;
                    case '@':
                        text = true;
                        lastWasDigit = false;
                        continue;
                    case '-' or '(':
                        sign = true;
                        literal.Append(c);
                        lastWasDigit = false;
                        continue;
                }

                if ((c is 'E' or 'e') && i + 1 < code.Length && code[i + 1] is '+' or '-')
                {
                    scientific = true;
                    i++;
                    lastWasDigit = false;
                    continue;
                }

                if (string.Compare(code, i, "General", 0, 7, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    general = true;
                    i += 6;
                    lastWasDigit = false;
                    continue;
                }

                if (string.Compare(code, i, "上午/下午", 0, 5, StringComparison.Ordinal) == 0
                    || string.Compare(code, i, "AM/PM", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    date = true;
                    i += 4;
                    lastWasDigit = false;
                    continue;
                }

                if (char.IsAsciiLetter(c) && "yYmMdDhHsSeEgGbBaA".Contains(c, StringComparison.Ordinal))
                {
                    date = true;
                }
                else if (!char.IsWhiteSpace(c))
                {
                    literal.Append(c);
                }

                lastWasDigit = false;
            }

            date |= elapsed;
            return new Section
            {
                IsGeneral = general,
                IsDateTime = date,
                IsPercent = percent && !date,
                IsFraction = slash && digits && !date,
                IsScientific = scientific && !date,
                IsScaled = scaled && !date,
                HasDigits = digits || general,
                HasText = text,
                HasCondition = condition,
                ShowsSign = sign,
                Literal = literal.ToString(),
            };
        }

        private static bool NextIsDigit(string code, int i)
        {
            // A comma between digit placeholders groups thousands; one after the last placeholder scales.
            for (; i < code.Length; i++)
            {
                var c = code[i];
                if (c is '0' or '#' or '?')
                {
                    return true;
                }

                if (c != ',')
                {
                    return false;
                }
            }

            return false;
        }
    }
}
