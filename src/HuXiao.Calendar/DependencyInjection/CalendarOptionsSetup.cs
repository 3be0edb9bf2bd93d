namespace HuXiao.Calendar;

/// <summary>One call's configuration of <see cref="CalendarOptions"/>; every registered setup runs in registration order.</summary>
internal sealed class CalendarOptionsSetup(Action<CalendarOptions> configure)
{
    internal Action<CalendarOptions> Configure { get; } = configure;
}
