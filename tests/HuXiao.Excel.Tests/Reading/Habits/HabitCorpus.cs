using static HuXiao.Excel.Tests.Reading.Habits.Habit;

namespace HuXiao.Excel.Tests.Reading.Habits;

/// <summary>
/// Clerks' habits with one input cell, each with its exact outcome. The cells: C7 is A02 新增 (a stock: may be
/// negative), B13 is B01 新增 (a flow: may not), P8 is A15 合计, whose neighbours C8 = 101 and D8 = 102 on the
/// sample form, and 具体情况!G1 is a spare cell of the case sheet.
/// </summary>
internal static class HabitCorpus
{
    private const string HX0415 = ExcelErrorCodes.NotANumber;
    private const string HX0416 = ExcelErrorCodes.NotWholeNumber;
    private const string HX0417 = ExcelErrorCodes.NegativeNotAllowed;
    private const string HX0418 = ExcelErrorCodes.NumberOutOfRange;
    private const string HX0419 = ExcelErrorCodes.FormulaError;
    private const string HX0424 = ExcelErrorCodes.NumberFormatMismatch;

    /// <summary>Typed values: numbers, numbers as text, spacing, signs, words.</summary>
    public static IEnumerable<Habit> Typed() =>
    [
        Reads("a number", "C7", p => p.SetNumber("C7", "12"), 12),
        Reads("a number stored as 12.0", "C7", p => p.SetNumber("C7", "12.0"), 12),
        Reads("a number with no type attribute", "C7", p => p.SetCell("C7", string.Empty, "<v>12</v>"), 12),
        Reads("text in a shared string", "C7", p => p.SetCell("C7", "t=\"s\"", "<v>" + SharedStringIndex(p, "12") + "</v>"), 12),
        Reads("an inline string", "C7", p => p.SetInlineText("C7", "12"), 12),
        Reads("rich text in runs", "C7", p => p.SetCell("C7", "t=\"inlineStr\"", "<is><r><t>1</t></r><r><rPr><b/></rPr><t>2</t></r></is>"), 12),
        Reads("a phonetic guide left out", "C7", p => p.SetCell("C7", "t=\"inlineStr\"", "<is><t>12</t><rPh sb=\"0\" eb=\"1\"><t>99</t></rPh></is>"), 12),
        Reads("an escaped character", "C7", p => p.SetInlineText("C7", "1_x0032_"), 12),
        Reads("full-width digits", "C7", p => p.SetInlineText("C7", "１２"), 12),
        Reads("surrounding spaces", "C7", p => p.SetInlineText("C7", " 12 "), 12),
        Reads("ideographic spaces around", "C7", p => p.SetInlineText("C7", "\u300012\u3000"), 12),
        Reads("a trailing line break", "C7", p => p.SetInlineText("C7", "12\n"), 12),
        Reads("a plus sign", "C7", p => p.SetInlineText("C7", "+12"), 12),
        Reads("a thousands grouping with commas", "C7", p => p.SetInlineText("C7", "1,234"), 1234),
        Reads("a thousands grouping with full-width commas", "C7", p => p.SetInlineText("C7", "1，234，567"), 1_234_567),
        Reads("a thousands grouping with spaces", "C7", p => p.SetInlineText("C7", "1 234"), 1234),
        Reads("text 12.0", "C7", p => p.SetInlineText("C7", "12.0"), 12),
        Reads("text with an exponent that is whole", "C7", p => p.SetInlineText("C7", "1.2e1"), 12),
        Reads("the minus sign U+2212 in a stock's 新增", "C7", p => p.SetInlineText("C7", "\u22124"), -4),
        Reads("a full-width minus in a stock's 新增", "C7", p => p.SetInlineText("C7", "－４"), -4),
        Reads("a negative number in a stock's 新增", "C7", p => p.SetNumber("C7", "-4"), -4),
        Reads("zero", "B13", p => p.SetNumber("B13", "0"), 0),
        Reads("blank text", "C7", p => p.SetInlineText("C7", "   "), null),
        Reads("an empty cell", "C7", p => p.SetCell("C7", string.Empty, string.Empty), null),
        Reads("an empty cached value", "C7", p => p.SetCell("C7", "t=\"n\"", "<v></v>"), null),
        Reads("the 64-bit maximum as text", "P8", p => p.SetInlineText("P8", "9223372036854775807"), long.MaxValue),
        Refused("digits split by a line break", "C7", p => p.SetInlineText("C7", "12\n3"), HX0415),
        Refused("digits split by an ideographic space", "C7", p => p.SetInlineText("C7", "12\u30003"), HX0415),
        Refused("digits split by a space", "C7", p => p.SetInlineText("C7", "12 3"), HX0415),
        Refused("digits split by a tab", "C7", p => p.SetInlineText("C7", "1\t234"), HX0415),
        Refused("a comma that is no thousands grouping", "C7", p => p.SetInlineText("C7", "12,34"), HX0415),
        Refused("a grouping of four digits", "C7", p => p.SetInlineText("C7", "1,2345"), HX0415),
        Refused("two kinds of grouping", "C7", p => p.SetInlineText("C7", "1,234 567"), HX0415),
        Refused("an accountant's negative in brackets", "C7", p => p.SetInlineText("C7", "(4)"), HX0415),
        Refused("a negative number in a flow", "B13", p => p.SetNumber("B13", "-3"), HX0417),
        Refused("a negative number as text in a flow", "B13", p => p.SetInlineText("B13", "-3"), HX0417),
        Refused("a negative 合计", "C8", p => p.SetNumber("C8", "-1"), HX0417),
        Refused("a fraction", "C7", p => p.SetNumber("C7", "12.5"), HX0416),
        Refused("a fraction as text", "C7", p => p.SetInlineText("C7", "12.5"), HX0416),
        Refused("a tiny number, not zero", "C7", p => p.SetNumber("C7", "1E-30"), HX0416),
        Refused("a tiny number as text, not zero", "C7", p => p.SetInlineText("C7", "1e-30"), HX0416),
        Refused("a number past what a spreadsheet holds exactly", "P8", p => p.SetNumber("P8", "1E+20"), HX0418),
        Refused("text past the 64-bit range", "P8", p => p.SetInlineText("P8", "99999999999999999999"), HX0418),
        Refused("Chinese numerals as text", "C7", p => p.SetInlineText("C7", "十二"), HX0415),
        Refused("a number with its unit", "C7", p => p.SetInlineText("C7", "12所"), HX0415),
        Refused("a number with a measure word", "C7", p => p.SetInlineText("C7", "12个"), HX0415),
        Refused("TRUE", "C7", p => p.SetCell("C7", "t=\"b\"", "<v>1</v>"), HX0415),
        Refused("an error value stored as a value", "C7", p => p.SetCell("C7", "t=\"e\"", "<v>#N/A</v>"), HX0415),
        Refused("an error value typed as text", "C7", p => p.SetInlineText("C7", "#N/A"), HX0415),
        Refused("an ISO date (t=\"d\")", "C7", p => p.SetCell("C7", "t=\"d\"", "<v>2017-06-12T00:00:00</v>"), HX0415),
        Refused("a dash for nothing", "C7", p => p.SetInlineText("C7", "-"), HX0415),
    ];

    /// <summary>Number formats: what the cell shows must be the number it stores.</summary>
    public static IEnumerable<Habit> Formats() =>
    [
        Reads("General (id 0)", "C7", p => p.SetNumber("C7", "12", p.AddBuiltInFormat(0)), 12),
        Reads("0.00 (id 2) on a whole number", "C7", p => p.SetNumber("C7", "12", p.AddBuiltInFormat(2)), 12),
        Reads("#,##0 (id 3)", "C7", p => p.SetNumber("C7", "1234", p.AddBuiltInFormat(3)), 1234),
        Reads("a currency format (id 5)", "C7", p => p.SetNumber("C7", "12", p.AddBuiltInFormat(5)), 12),
        Reads("accounting (id 41) with zero shown as a dash", "C7", p => p.SetNumber("C7", "0", p.AddBuiltInFormat(41)), 0),
        Reads("accounting (id 37) with a negative in brackets", "C7", p => p.SetNumber("C7", "-4", p.AddBuiltInFormat(37)), -4),
        Reads("text format @ (id 49) on a number", "C7", p => p.SetNumber("C7", "12", p.AddBuiltInFormat(49)), 12),
        Reads("a Thai digits format (id 59)", "C7", p => p.SetNumber("C7", "12", p.AddBuiltInFormat(59)), 12),
        Reads("an undefined built-in id (shown as General)", "C7", p => p.SetNumber("C7", "12", p.AddBuiltInFormat(24)), 12),
        Reads("[DBNum1] Chinese numerals", "C7", p => p.SetNumber("C7", "12", p.AddFormat("[DBNum1]General")), 12),
        Reads("[DBNum2] financial numerals with a locale", "C7", p => p.SetNumber("C7", "12", p.AddFormat("[DBNum2][$-804]0")), 12),
        Reads("[DBNum1] on a text cell", "C7", p => p.SetInlineText("C7", "12", p.AddFormat("[DBNum1]General")), 12),
        Reads("literal units 0\"所\"", "C7", p => p.SetNumber("C7", "12", p.AddFormat("0\"所\"")), 12),
        Reads("a negative with its sign in the second section", "C7", p => p.SetNumber("C7", "-4", p.AddFormat("0;[Red]-0")), -4),
        Reads("a colour only on positives", "C7", p => p.SetNumber("C7", "12", p.AddFormat("[Blue]0;-0")), 12),
        Reads("a percent literal in quotes", "C7", p => p.SetNumber("C7", "12", p.AddFormat("0\"%\"")), 12),
        Reads("a percent format on text", "C7", p => p.SetInlineText("C7", "12", p.AddBuiltInFormat(9)), 12),
        Refused("percent (id 9): 1 shows 100%", "C7", p => p.SetNumber("C7", "1", p.AddBuiltInFormat(9)), HX0424),
        Refused("percent 0.0%", "C7", p => p.SetNumber("C7", "12", p.AddFormat("0.0%")), HX0424),
        Refused("a date (id 14)", "C7", p => p.SetNumber("C7", "42898", p.AddBuiltInFormat(14)), HX0415),
        Refused("a Chinese date (id 27)", "C7", p => p.SetNumber("C7", "42898", p.AddBuiltInFormat(27)), HX0415),
        Refused("a Chinese date (id 31)", "C7", p => p.SetNumber("C7", "42898", p.AddBuiltInFormat(31)), HX0415),
        Refused("a Chinese time (id 32)", "C7", p => p.SetNumber("C7", "12", p.AddBuiltInFormat(32)), HX0415),
        Refused("a Chinese date (id 50)", "C7", p => p.SetNumber("C7", "42898", p.AddBuiltInFormat(50)), HX0415),
        Refused("a Chinese date (id 57)", "C7", p => p.SetNumber("C7", "42898", p.AddBuiltInFormat(57)), HX0415),
        Refused("a Chinese date (id 58)", "C7", p => p.SetNumber("C7", "12", p.AddBuiltInFormat(58)), HX0415),
        Refused("a time (id 20)", "C7", p => p.SetNumber("C7", "12", p.AddBuiltInFormat(20)), HX0415),
        Refused("elapsed hours [h]:mm", "C7", p => p.SetNumber("C7", "12", p.AddFormat("[h]:mm")), HX0415),
        Refused("a custom Chinese date", "C7", p => p.SetNumber("C7", "42898", p.AddFormat("yyyy\"年\"m\"月\"d\"日\"")), HX0415),
        Refused("a date in Chinese numerals", "C7", p => p.SetNumber("C7", "42898", p.AddFormat("[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"")), HX0415),
        Refused("a fraction format (id 12)", "C7", p => p.SetNumber("C7", "12", p.AddBuiltInFormat(12)), HX0424),
        Refused("scientific (id 11)", "C7", p => p.SetNumber("C7", "123456", p.AddBuiltInFormat(11)), HX0424),
        Refused("scaled by a thousand", "C7", p => p.SetNumber("C7", "12000", p.AddFormat("#,##0,")), HX0424),
        Refused("hidden ;;;", "C7", p => p.SetNumber("C7", "12", p.AddFormat(";;;")), HX0424),
        Refused("text hidden by ;;;", "C7", p => p.SetInlineText("C7", "12", p.AddFormat(";;;")), HX0424),
        Refused("a zero shown as nothing", "C7", p => p.SetNumber("C7", "0", p.AddFormat("0;-0;")), HX0424),
        Refused("a negative shown without its sign", "C7", p => p.SetNumber("C7", "-4", p.AddFormat("0;0")), HX0424),
        Refused("a negative shown only in red", "C7", p => p.SetNumber("C7", "-4", p.AddFormat("0;[Red]0")), HX0424),
        Refused("words instead of the number", "C7", p => p.SetNumber("C7", "12", p.AddFormat("\"见附表\"")), HX0424),
        Refused("a format with conditions", "C7", p => p.SetNumber("C7", "12", p.AddFormat("[>100]\"多\";0")), HX0424),
        Refused("0.00 showing a fraction as whole", "C7", p => p.SetNumber("C7", "12.004", p.AddBuiltInFormat(1)), HX0416),
    ];

    /// <summary>Formulas: the stored result, checked.</summary>
    public static IEnumerable<Habit> Formulas() =>
    [
        Reads("a formula with its stored result", "P8", p => p.SetFormula("P8", "C8+D8", "203"), 203),
        Reads("SUM over a range", "P8", p => p.SetFormula("P8", "SUM(C8:D8)", "203"), 203),
        Reads("SUM with a number typed as text, stored as Excel computes it", "P8", p => p.SetFormula("P8", "SUM(C8,D8,\"2\")", "205"), 205),
        Reads("a constant formula", "C7", p => p.SetFormula("C7", "12", "12"), 12),
        Reads("a negative constant in a stock's 新增", "C7", p => p.SetFormula("C7", "-4", "-4"), -4),
        Reads("precedence: -2^2 is 4", "C7", p => p.SetFormula("C7", "-2^2", "4"), 4),
        Reads("a percent operator", "C7", p => p.SetFormula("C7", "50%*24", "12"), 12),
        Reads("absolute references", "P8", p => p.SetFormula("P8", "$C$8+D$8", "203"), 203),
        Reads("a reference to another sheet", "P8", p => SpareCaseCell(p, "7").SetFormula("P8", "'具体情况'!G1+C8", "108"), 108),
        Reads("a formula this reader does not evaluate (VLOOKUP)", "P8", p => p.SetFormula("P8", "VLOOKUP(1,C7:D8,2,FALSE)", "102"), 102),
        Reads("a defined name, not evaluated", "P8", p => p.SetFormula("P8", "TotalA", "203"), 203),
        Reads("a shared formula's first cell", "P7", p => p.SetFormula("P7", "C7+N7", "15", formulaAttributes: "t=\"shared\" ref=\"P7\" si=\"0\""), 15),
        Reads("a shared formula's other cell, moved", "Q7", p => SharedPair(p, "17"), 17),
        Reads("an array formula's stored result", "P8", p => p.SetFormula("P8", "SUM(C8:D8)", "203", formulaAttributes: "t=\"array\" ref=\"P8\""), 203),
        Reads("a formula over a cell typed as text", "P8", p => p.SetInlineText("D8", "102").SetFormula("P8", "C8+D8", "203"), 203),
        Refused("an empty cached result <v></v>", "P8", p => p.SetFormula("P8", "C8+D8", string.Empty), HX0419),
        Refused("no cached result", "P8", p => p.SetFormula("P8", "C8+D8", null), HX0419),
        Refused("a stale cached result", "P8", p => p.SetFormula("P8", "C8+D8", "99"), HX0419),
        Refused("SUM with text, stored as ClosedXML computes it", "P8", p => p.SetFormula("P8", "SUM(C8,D8,\"2\")", "203"), HX0419),
        Refused("a shared formula's other cell, stale", "Q7", p => SharedPair(p, "19"), HX0419),
        Refused("TODAY()", "C7", p => p.SetFormula("C7", "TODAY()", "42898"), HX0419),
        Refused("RAND()", "C7", p => p.SetFormula("C7", "ROUND(RAND()*10,0)", "3"), HX0419),
        Refused("a circular reference", "P8", p => p.SetFormula("P8", "P8+1", "0"), HX0419),
        Refused("a circular reference through another cell", "P8", p => p.SetFormula("V8", "P8+1", "5").SetFormula("P8", "V8+1", "6"), HX0419),
        Refused("a text result", "C7", p => p.SetFormula("C7", "\"12所\"", "12所", type: "str"), HX0419),
        Refused("text joined", "P8", p => p.SetFormula("P8", "C8&D8", "101102", type: "str"), HX0419),
        Refused("a division by zero with its error stored", "C7", p => p.SetFormula("C7", "1/0", "#DIV/0!", type: "e"), HX0419),
        Refused("a division by zero with a number stored", "C7", p => p.SetFormula("C7", "1/0", "5"), HX0419),
        Refused("a reference to another sheet, stale", "P8", p => SpareCaseCell(p, "7").SetFormula("P8", "'具体情况'!G1+C8", "200"), HX0419),
        Refused("a reference to a sheet that is not there", "P8", p => p.SetFormula("P8", "Sheet9!A1+1", "1"), HX0419),
        Refused("a reference to another workbook", "P8", p => p.SetFormula("P8", "[1]Sheet1!A1", "5"), HX0419),
        Refused("a quoted reference to another workbook", "P8", p => p.SetFormula("P8", "'[报表.xlsx]Sheet1'!A1+1", "5"), HX0419),
        Refused("a workbook set to recalculate on open", "P8", p => p.RecalculateOnOpen().SetFormula("P8", "C8+D8", "203"), HX0419),
        Refused("a stored result shown as a percent", "P8", p => p.SetFormula("P8", "C8+D8", "203", style: p.AddBuiltInFormat(10)), HX0424),
        Refused("a fraction computed", "C7", p => p.SetFormula("C7", "0.1+0.2", "0.30000000000000004"), HX0416),
        Refused("a negative computed in a flow", "B13", p => p.SetFormula("B13", "2-5", "-3"), HX0417),
    ];

    public static IEnumerable<Habit> All() => Typed().Concat(Formats()).Concat(Formulas());

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var habit in All())
        {
            data.Add(habit.Name);
        }

        return data;
    }

    public static Habit Named(string name) => All().Single(h => h.Name == name);

    /// <summary>Puts a number in a spare cell of the case sheet (G1), for cross-sheet formulas.</summary>
    private static Support.FormPackage SpareCaseCell(Support.FormPackage p, string value)
        => p.SetCell("G1", "t=\"n\"", $"<v>{value}</v>", Support.FormPackage.CasePart);

    /// <summary>A shared formula over P7:Q7: the first cell C7+N7 (2 + 13, the 15 it held), the other moved to D7+O7 (3 + 14 = 17).</summary>
    private static void SharedPair(Support.FormPackage p, string second)
        => p.SetFormula("P7", "C7+N7", "15", formulaAttributes: "t=\"shared\" ref=\"P7:Q7\" si=\"0\"")
            .SetCell("Q7", "t=\"n\"", $"<f t=\"shared\" si=\"0\"/><v>{second}</v>");

    private static string SharedStringIndex(Support.FormPackage p, string text)
    {
        var sst = p["xl/sharedStrings.xml"];
        var prefix = sst.Contains("<x:sst", StringComparison.Ordinal) ? "x:" : string.Empty;
        var count = System.Text.RegularExpressions.Regex.Matches(sst, $"<{prefix}si[ >/]").Count;
        p["xl/sharedStrings.xml"] = sst.Replace($"</{prefix}sst>", $"<{prefix}si><{prefix}t>{text}</{prefix}t></{prefix}si></{prefix}sst>", StringComparison.Ordinal);
        return count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
