using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel.Tests.Reading.Habits;

/// <summary>
/// The law of the reader: for any filled form and any single-cell mutation drawn from clerks' habits, the reader
/// returns the clerk's number at that cell (and every other cell as filled), or refuses at that cell and nowhere
/// else. Never another number, never a problem somewhere else.
/// </summary>
public sealed class SingleCellMutationProperties
{
    private static readonly Indicator[] s_indicators = [.. Samples.Schema.Indicators];

    /// <summary>
    /// A habit applied to one cell (indicator <c>Ordinal</c>, <c>Row</c>) for the clerk's <c>Number</c>, on a form of
    /// <c>Period</c> whose cells before the habit are <c>Values</c> (by ordinal then row, 新增 then 合计; null is a blank).
    /// </summary>
    public sealed record Mutation(string Habit, int Ordinal, ReportRow Row, long Number, YearMonth Period, long?[] Values)
    {
        public override string ToString()
            => $"{Habit} {Samples.Schema.Indicators[Ordinal].Code} {Row} n={Number} on a form of {Period} "
               + $"[{string.Join(",", Values.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "blank"))}]";
    }

    private delegate bool Apply(FormPackage package, string cell, long n, MonthlyReport form);

    private static readonly (string Name, Apply Apply)[] s_habits =
    [
        ("typed", (p, c, n, _) => Do(p.SetNumber(c, N(n)), true)),
        ("text", (p, c, n, _) => Do(p.SetInlineText(c, N(n)), true)),
        ("full-width", (p, c, n, _) => Do(p.SetInlineText(c, string.Concat(N(n).Select(ch => ch == '-' ? '－' : (char)(ch + 0xFEE0)))), true)),
        ("spaced", (p, c, n, _) => Do(p.SetInlineText(c, "\u3000 " + N(n) + " \n"), true)),
        ("grouped", (p, c, n, _) => Do(p.SetInlineText(c, n.ToString("#,0", CultureInfo.InvariantCulture)), true)),
        ("split by a line break", (p, c, n, _) => Math.Abs(n) < 10 ? Do(p.SetNumber(c, N(n)), true) : Do(p.SetInlineText(c, N(n)[..^1] + "\n" + N(n)[^1..]), false)),
        ("with its unit", (p, c, n, _) => Do(p.SetInlineText(c, N(n) + "所"), false)),
        ("percent format", (p, c, n, _) => Do(p.SetNumber(c, N(n), p.AddBuiltInFormat(9)), false)),
        ("Chinese date format", (p, c, n, _) => Do(p.SetNumber(c, N(n), p.AddBuiltInFormat(31)), false)),
        ("Chinese numerals format", (p, c, n, _) => Do(p.SetNumber(c, N(n), p.AddFormat("[DBNum1]General")), true)),
        ("hidden format", (p, c, n, _) => Do(p.SetNumber(c, N(n), p.AddFormat(";;;")), false)),
        ("error value", (p, c, _, _) => Do(p.SetCell(c, "t=\"e\"", "<v>#N/A</v>"), false)),
        ("fraction", (p, c, n, _) => Do(p.SetNumber(c, N(n) + ".5"), false)),
        ("constant formula", (p, c, n, _) => Do(p.SetFormula(c, N(n), N(n)), true)),
        ("formula over another cell", (p, c, n, form) => Do(p.SetFormula(c, Over(c, n, form), N(n)), true)),
        ("stale formula over another cell", (p, c, n, form) => Do(p.SetFormula(c, Over(c, n, form), N(n + 1)), false)),
        ("formula without its result", (p, c, n, form) => Do(p.SetFormula(c, Over(c, n, form), string.Empty), false)),
        ("formula with a text result", (p, c, n, _) => Do(p.SetFormula(c, "\"" + N(n) + "\"", N(n), type: "str"), false)),
    ];

    public static class Arbs
    {
        public static Arbitrary<Mutation> Mutations()
        {
            var gen = from habit in Gen.Elements(s_habits.Select(h => h.Name).ToArray())
                      from ordinal in Gen.Choose(0, s_indicators.Length - 1)
                      from row in Gen.Elements(ReportRow.New, ReportRow.Total)
                      from magnitude in Gen.Elements(0L, 1L, 9L, 10L, 120L, 999L, 1_000L, 12_345L, 1_000_000L)
                      from negative in Gen.Choose(0, 3)
                      from period in from year in Gen.Choose(2017, 2018) from month in Gen.Choose(1, 12) select new YearMonth(year, month)
                      from values in s_cells.ArrayOf(s_indicators.Length * 2)
                      let stock = s_indicators[ordinal].Kind == IndicatorKind.Stock && row == ReportRow.New
                      select new Mutation(habit, ordinal, row, stock && negative == 0 && magnitude > 0 ? -magnitude : magnitude, period, values);
            return Arb.From(gen, Shrink);
        }

        /// <summary>A filled form's cell: blank, small or large, sometimes negative (kept only where the form allows it).</summary>
        private static readonly Gen<long?> s_cells = Gen.Frequency(
            (1, Gen.Constant((long?)null)),
            (2, Gen.Choose(0, 9).Select(v => (long?)v)),
            (3, Gen.Choose(0, 9_999_999).Select(v => (long?)v)),
            (1, Gen.Choose(-9_999_999, -1).Select(v => (long?)v)));

        /// <summary>Smaller forms for the same habit and cell: every value halved, then each value in turn set to 0.</summary>
        private static IEnumerable<Mutation> Shrink(Mutation m)
        {
            if (m.Values.Any(v => v is < -1 or > 1))
            {
                yield return m with { Values = [.. m.Values.Select(v => v / 2)] };
            }

            for (var i = 0; i < m.Values.Length; i++)
            {
                if (m.Values[i] is not (null or 0))
                {
                    var values = (long?[])m.Values.Clone();
                    values[i] = 0;
                    yield return m with { Values = values };
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbs)], MaxTest = 100)]
    public void The_reader_returns_the_clerks_number_or_refuses_at_that_cell(Mutation mutation)
    {
        var form = FormOf(mutation);
        var indicator = s_indicators[mutation.Ordinal];
        var cell = Habit.CellOf(indicator, mutation.Row);
        var package = new FormPackage(new ExcelFormWriter().Write(form));
        var mustRead = s_habits.Single(h => h.Name == mutation.Habit).Apply(package, cell, mutation.Number, form);
        var result = new ExcelFormReader().Read(package.ToBytes());
        var expected = form.ToBuilder().Set(indicator.Ordinal, mutation.Row, mutation.Number).Build();
        if (result.Succeeded)
        {
            Assert.True(mustRead, $"{mutation} was read, but must be refused");
            Assert.Equal(expected, result.Value);
            Assert.Equal(mutation.Number, result.Value[indicator, mutation.Row]);
            return;
        }

        // Refused: only at that cell, and every other cell read as filled.
        Assert.False(mustRead, $"{mutation} was refused, but must read: {string.Join("; ", result.Problems)}");
        Assert.All(result.Problems, p => Assert.Equal($"{FormEditing.FormSheet}!{cell}", p.Location));
        Assert.NotEmpty(result.Problems);
        Assert.Equal(form.ToBuilder().Set(indicator.Ordinal, mutation.Row, null).Build(), result.Partial);
    }

    /// <summary>The filled form the mutation starts from: its values, negatives only where the form allows them (a stock's 新增).</summary>
    private static MonthlyReport FormOf(Mutation mutation)
    {
        var builder = MonthlyReport.CreateBuilder(Samples.Schema, Samples.Unit, mutation.Period);
        foreach (var indicator in s_indicators)
        {
            foreach (var (row, index) in new[] { (ReportRow.New, 0), (ReportRow.Total, 1) })
            {
                var value = mutation.Values[(indicator.Ordinal * 2) + index];
                var negativeAllowed = row == ReportRow.New && indicator.Kind == IndicatorKind.Stock;
                builder.Set(indicator.Ordinal, row, value is { } v && v < 0 && !negativeAllowed ? -v : value);
            }
        }

        return builder.Build();
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A formula over another input cell of the same row that gives n: <c>B7+5</c> or <c>B7-3</c>.</summary>
    private static string Over(string cell, long n, MonthlyReport form)
    {
        var (indicator, row) = Habit.At(cell);
        var other = Samples.Schema.Indicators[(indicator.Ordinal + 1) % s_indicators.Length];
        var value = form[other, row] ?? 0;
        var difference = n - value;
        return Habit.CellOf(other, row) + (difference >= 0 ? "+" + N(difference) : "-" + N(-difference));
    }

    /// <summary>Applies an edit (already done by the caller) and says whether the habit must read the clerk's number.</summary>
    private static bool Do(FormPackage _, bool reads) => reads;
}
