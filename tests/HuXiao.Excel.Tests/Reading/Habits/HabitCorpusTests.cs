using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;

namespace HuXiao.Excel.Tests.Reading.Habits;

/// <summary>Each habit of <see cref="HabitCorpus"/> alone on a filled form: the exact value read, or the exact refusal at that cell.</summary>
public sealed class HabitCorpusTests
{
    private static readonly byte[] s_filled = Samples.FullBytes();
    private readonly ExcelFormReader _reader = new();

    [Theory]
    [MemberData(nameof(HabitCorpus.Names), MemberType = typeof(HabitCorpus))]
    public void Each_habit_is_read_right_or_refused_at_its_cell(string name)
    {
        var habit = HabitCorpus.Named(name);
        var package = new FormPackage(s_filled);
        habit.Apply(package);
        var result = _reader.Read(package.ToBytes());
        var (indicator, row) = Habit.At(habit.Cell);
        if (habit.IsRefusal)
        {
            var problem = Assert.Single(result.Problems);
            Assert.Equal(habit.Code, problem.Code);
            Assert.Equal($"{FormEditing.FormSheet}!{habit.Cell}", problem.Location);
            Assert.Equal(indicator.Code, problem.IndicatorCode);
            Assert.False(result.IsRefused);
            Assert.Equal(Samples.Unit, result.Unit);
            Assert.Equal(Samples.Period, result.Period);
            Assert.True(result.IsRefusedCell(indicator.Code, row));

            // Every other cell still read, the refused one blank.
            var expected = Samples.Full().ToBuilder().Set(indicator.Ordinal, row, null).Build();
            Assert.Equal(expected, result.Partial);
            return;
        }

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(Samples.Full().ToBuilder().Set(indicator.Ordinal, row, habit.Value).Build(), result.Value);
    }
}
