using NodaTime;

namespace HuXiao.Ledger.Tests;

/// <summary>A clock for the tests that moves on by a step each time it is read, safely from many threads; it can also be set.</summary>
internal sealed class StepClock(Instant start, Duration step) : IClock
{
    private long _ticks = start.ToUnixTimeTicks();

    public StepClock(Instant start)
        : this(start, Duration.FromSeconds(1))
    {
    }

    public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(Interlocked.Add(ref _ticks, step.BclCompatibleTicks) - step.BclCompatibleTicks);

    /// <summary>Sets the time the clock reads next.</summary>
    public void Set(Instant instant) => Interlocked.Exchange(ref _ticks, instant.ToUnixTimeTicks());
}
