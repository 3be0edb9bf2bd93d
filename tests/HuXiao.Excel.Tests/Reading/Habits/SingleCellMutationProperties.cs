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

    /// <summary>A habit applied to one cell for the clerk's number n: true when it must read n, false when it must refuse.</summary>
    public sealed record Mutation(string Habit, int Ordinal, ReportRow Row, long Number, int Seed)
    {
        public override string ToString() => $"{Habit} {Samples.Schema.Indicators[Ordinal].Code} {Row} n={Number} seed={Seed}";
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
            => (from habit in Gen.Elements(s_habits.Select(h => h.Name).ToArray())
                from ordinal in Gen.Choose(0, s_indicators.Length - 1)
                from row in Gen.Elements(ReportRow.New, ReportRow.Total)
                from magnitude in Gen.Elements(0L, 1L, 9L, 10L, 120L, 999L, 1_000L, 12_345L, 1_000_000L)
                from negative in Gen.Choose(0, 3)
                from seed in Gen.Choose(0, int.MaxValue)
                let stock = s_indicators[ordinal].Kind == IndicatorKind.Stock && row == ReportRow.New
                select new Mutation(habit, ordinal, row, stock && negative == 0 && magnitude > 0 ? -magnitude : magnitude, seed)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Arbs)], MaxTest = 100)]
    public void The_reader_returns_the_clerks_number_or_refuses_at_that_cell(Mutation mutation)
    {
        var form = RandomForm(mutation.Seed);
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

    /// <summary>A filled form: any values (blanks among them), a stock's 新增 sometimes negative.</summary>
    private static MonthlyReport RandomForm(int seed)
    {
        var random = new Random(seed);
        var builder = MonthlyReport.CreateBuilder(Samples.Schema, Samples.Unit, new YearMonth(2017 + random.Next(0, 2), random.Next(1, 13)));
        foreach (var indicator in s_indicators)
        {
            foreach (var row in new[] { ReportRow.New, ReportRow.Total })
            {
                var value = random.Next(0, 6) == 0 ? (long?)null : random.Next(0, 3) == 0 ? random.Next(0, 10) : random.NextInt64(0, 10_000_000);
                if (value is { } v && row == ReportRow.New && indicator.Kind == IndicatorKind.Stock && random.Next(0, 4) == 0)
                {
                    value = -v;
                }

                builder.Set(indicator.Ordinal, row, value);
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
