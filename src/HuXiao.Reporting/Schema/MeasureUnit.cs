
namespace HuXiao.Reporting;

/// <summary>
/// The unit an indicator is counted in, printed under its label on the form, such as <c>(所)</c>.
/// Immutable and thread-safe.
/// </summary>
public sealed class MeasureUnit : IEquatable<MeasureUnit>
{
    private static readonly MeasureUnit[] s_standard =
    [
        new("所", "campuses"),
        new("人", "persons"),
        new("件", "items"),
        new("个", "units"),
        new("起", "cases"),
        new("次", "times"),
        new("人次", "person-times"),
        new("处", "places"),
    ];

    private MeasureUnit(string symbol, string englishName)
    {
        Symbol = symbol;
        EnglishName = englishName;
    }

    /// <summary>The symbol as printed on the form, for example <c>所</c>.</summary>
    public string Symbol { get; }

    /// <summary>What the symbol counts, in English, for example <c>campuses</c>.</summary>
    public string EnglishName { get; }

    /// <summary>所: campuses.</summary>
    public static MeasureUnit Campuses => s_standard[0];

    /// <summary>人: persons.</summary>
    public static MeasureUnit Persons => s_standard[1];

    /// <summary>件: items.</summary>
    public static MeasureUnit Items => s_standard[2];

    /// <summary>个: units, devices or posts.</summary>
    public static MeasureUnit Units => s_standard[3];

    /// <summary>起: cases or incidents.</summary>
    public static MeasureUnit Cases => s_standard[4];

    /// <summary>次: times or sessions.</summary>
    public static MeasureUnit Times => s_standard[5];

    /// <summary>人次: person-times.</summary>
    public static MeasureUnit PersonTimes => s_standard[6];

    /// <summary>处: places or spots.</summary>
    public static MeasureUnit Places => s_standard[7];

    /// <summary>The units the 2017 form uses, in the order above.</summary>
    public static IReadOnlyList<MeasureUnit> Standard => s_standard;

    /// <summary>
    /// Defines a unit that is not among <see cref="Standard"/>, for another city's form. Register it with
    /// <see cref="ReportSchemaBuilder.AddUnit(MeasureUnit)"/> before an indicator uses it.
    /// </summary>
    /// <param name="symbol">The symbol as printed, such as <c>台</c>.</param>
    /// <param name="englishName">What it counts, in English.</param>
    /// <exception cref="ArgumentException">Either argument is empty.</exception>
    public static MeasureUnit Define(string symbol, string englishName)
        => new(Preconditions.CheckNotBlank(symbol).Trim(), Preconditions.CheckNotBlank(englishName));

    /// <summary>Finds a standard unit by its printed symbol; the parentheses of the form, if present, are ignored.</summary>
    /// <param name="symbol">The symbol, for example <c>所</c> or <c>(所)</c>.</param>
    /// <param name="unit">The unit, when found.</param>
    /// <returns>Whether the symbol names a standard unit.</returns>
    public static bool TryFromSymbol(string? symbol, out MeasureUnit unit)
    {
        var bare = symbol?.Trim().Trim('(', ')', '（', '）').Trim();
        foreach (var candidate in s_standard)
        {
            if (candidate.Symbol == bare)
            {
                unit = candidate;
                return true;
            }
        }

        unit = null!;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(MeasureUnit? other) => other is not null && other.Symbol == Symbol;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MeasureUnit);

    /// <inheritdoc />
    public override int GetHashCode() => Symbol.GetHashCode(StringComparison.Ordinal);

    /// <summary>The symbol, for example <c>所</c>.</summary>
    public override string ToString() => Symbol;
}
