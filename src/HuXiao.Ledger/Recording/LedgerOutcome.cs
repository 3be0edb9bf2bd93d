using System.Diagnostics.CodeAnalysis;
using HuXiao.Reporting;

namespace HuXiao.Ledger;

/// <summary>
/// What the ledger did with a filing, review or reopening: recorded it, found it already recorded, or refused it with
/// a coded problem (<see cref="LedgerErrorCodes"/>) to show the person who sent it. A refusal is data, not an
/// exception: the caller acts on it. Immutable.
/// </summary>
/// <typeparam name="TEvent">The kind of event.</typeparam>
public sealed class LedgerOutcome<TEvent>
    where TEvent : LedgerEvent
{
    private LedgerOutcome(LedgerOutcomeStatus status, TEvent? @event, InputProblem? problem)
    {
        Status = status;
        Event = @event;
        Problem = problem;
    }

    /// <summary>Recorded, already recorded, or refused.</summary>
    public LedgerOutcomeStatus Status { get; }

    /// <summary>The event recorded now, or the one recorded before; <see langword="null"/> when refused.</summary>
    public TEvent? Event { get; }

    /// <summary>Why it was refused (code, message in Chinese and English); <see langword="null"/> otherwise.</summary>
    public InputProblem? Problem { get; }

    /// <summary>Whether the event is in the ledger, recorded now or before.</summary>
    [MemberNotNullWhen(true, nameof(Event))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Status != LedgerOutcomeStatus.Refused;

    internal static LedgerOutcome<TEvent> Recorded(TEvent @event) => new(LedgerOutcomeStatus.Recorded, @event, null);

    internal static LedgerOutcome<TEvent> Already(TEvent @event) => new(LedgerOutcomeStatus.AlreadyRecorded, @event, null);

    internal static LedgerOutcome<TEvent> Refused(InputProblem problem) => new(LedgerOutcomeStatus.Refused, null, problem);

    /// <summary>The status and the event or problem on one line.</summary>
    public override string ToString() => Succeeded ? $"{Status}: {Event}" : $"{Status}: {Problem}";
}
