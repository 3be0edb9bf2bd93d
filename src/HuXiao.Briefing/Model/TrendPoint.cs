using HuXiao.Compliance;
using NodaTime;

namespace HuXiao.Briefing;

/// <summary>One month of a coverage line: the two 合计 and their ratio. Immutable value.</summary>
/// <param name="Month">The month.</param>
/// <param name="Achieved">The 合计 of the achieved indicator, for example A19.</param>
/// <param name="Target">The 合计 of the target indicator, for example A01; more than zero.</param>
public sealed record TrendPoint(YearMonth Month, long Achieved, long Target)
{
    /// <summary><see cref="Achieved"/> over <see cref="Target"/>, exact.</summary>
    public Ratio Coverage => new(Achieved, Target);
}
