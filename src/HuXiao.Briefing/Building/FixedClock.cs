using NodaTime;

namespace HuXiao.Briefing;

/// <summary>A clock stopped at one instant: the calendar is asked about the briefing's as-of date, never about "now".</summary>
internal sealed class FixedClock(Instant instant) : IClock
{
    public Instant GetCurrentInstant() => instant;
}
