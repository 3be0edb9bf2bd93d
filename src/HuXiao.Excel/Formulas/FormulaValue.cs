namespace HuXiao.Excel.Formulas;

/// <summary>What evaluating a formula over stored values gave.</summary>
internal readonly record struct FormulaValue(ValueKind Kind, double Number = 0, string? Text = null)
{
    internal static readonly FormulaValue Blank = new(ValueKind.Blank);
    internal static readonly FormulaValue Unknown = new(ValueKind.Unknown);
    internal static readonly FormulaValue Circular = new(ValueKind.Circular);

    internal static FormulaValue Of(double number) => double.IsFinite(number) ? new(ValueKind.Number, number) : Error("#NUM!");

    internal static FormulaValue Error(string code) => new(ValueKind.Error, 0, code);

    /// <summary>Whether evaluation stops here: an error, a circular reference, or something not evaluated.</summary>
    internal bool Stops => Kind is ValueKind.Error or ValueKind.Unknown or ValueKind.Circular;
}
