using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Ledger;

/// <summary>
/// A month as the ledger knew it at an instant (what did we know on 2017-06-05?): every unit's forms, reviews and
/// reopenings recorded by then, replayed (<see cref="Units"/>), and the forms as the month takes them
/// (<see cref="ToSubmissions"/>) — so the month itself is still built by <c>MonthlyCycle</c>, the one model of a
/// month. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var known = await ledger.MonthAsync(new YearMonth(2017, 5), asOf: instant);
/// var month = MonthlyCycle.CreateBuilder(campaign, known.Period, asOf: instant.InZone(campaign.TimeZone).Date)
///     .WithUnits(UnitHierarchy.Zhengzhou2017)
///     .AddRange(known.ToSubmissions(campaign.TimeZone))
///     .Build();
/// </code>
/// </example>
public sealed class LedgerMonth
{
    private readonly Dictionary<string, UnitLedger> _byCode;

    internal LedgerMonth(YearMonth period, Instant asOf, IReadOnlyList<LedgerEvent> events, IReadOnlyList<UnitLedger> units)
    {
        Period = period;
        AsOf = asOf;
        Events = events;
        Units = units;
        _byCode = units.ToDictionary(u => u.UnitCode, StringComparer.Ordinal);
    }

    /// <summary>The month.</summary>
    public YearMonth Period { get; }

    /// <summary>The instant the month is known as of: events recorded later are left out.</summary>
    public Instant AsOf { get; }

    /// <summary>Every event of the month recorded by <see cref="AsOf"/>, in the order recorded.</summary>
    public IReadOnlyList<LedgerEvent> Events { get; }

    /// <summary>Every unit that filed for the month by <see cref="AsOf"/>, in unit-code order.</summary>
    public IReadOnlyList<UnitLedger> Units { get; }

    /// <summary>A unit's month.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <returns>Its month, or <see langword="null"/> when it filed nothing by <see cref="AsOf"/>.</returns>
    public UnitLedger? Find(string unitCode) => _byCode.GetValueOrDefault(Preconditions.CheckNotNull(unitCode));

    /// <summary>
    /// Every unit's forms as the month takes them (<c>MonthlyCycle.CreateBuilder(…).AddRange(…)</c>), each received
    /// on its date in the campaign's time zone; returned forms refused with their reasons
    /// (<see cref="UnitLedger.ToSubmissions"/>).
    /// </summary>
    /// <param name="zone">The campaign's time zone (<c>Campaign.TimeZone</c>).</param>
    /// <returns>The submissions, unit by unit, each unit's in the order received.</returns>
    public IReadOnlyList<Submission> ToSubmissions(DateTimeZone zone)
    {
        Preconditions.CheckNotNull(zone);
        return Units.SelectMany(u => u.ToSubmissions(zone)).ToArray();
    }

    /// <summary>The month, the instant and the counts on one line.</summary>
    public override string ToString() => $"{Period:uuuu-MM} as of {AsOf}: {Units.Count} unit(s), {Events.Count} event(s)";
}
