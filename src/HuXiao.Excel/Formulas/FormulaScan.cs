using HuXiao.Excel.Ooxml;

namespace HuXiao.Excel.Formulas;

/// <summary>What a formula's text alone says: whether it refers to another workbook, and whether it calls a function whose result changes whenever the file is opened.</summary>
internal static class FormulaScan
{
    private static readonly HashSet<string> s_volatile = new(StringComparer.OrdinalIgnoreCase)
    {
        "TODAY", "NOW", "RAND", "RANDBETWEEN", "RANDARRAY", "_XLFN.RANDARRAY", "OFFSET", "INDIRECT", "INFO", "CELL",
    };

    /// <summary>The first function of the formula whose result changes on every opening (TODAY, NOW, RAND…), or null.</summary>
    internal static string? VolatileFunction(IEnumerable<FormulaToken> tokens)
        => tokens.FirstOrDefault(t => t.Kind == TokenKind.Function && s_volatile.Contains(t.Text)).Text;

    /// <summary>Whether the formula refers to another workbook, directly or through a defined name.</summary>
    internal static bool RefersToAnotherWorkbook(IEnumerable<FormulaToken> tokens, StoredWorkbook workbook)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Reference && token.Reference is { IsExternal: true })
            {
                return true;
            }

            if (token.Kind == TokenKind.Name && workbook.DefinedNames.TryGetValue(token.Text, out var target)
                && FormulaTokenizer.Tokenize(target).Any(t => t.Kind == TokenKind.Reference && t.Reference is { IsExternal: true }))
            {
                return true;
            }
        }

        return false;
    }
}
