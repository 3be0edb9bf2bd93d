using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.AspNetCore;

/// <summary>
/// A form as the upload endpoint received it: what reading it gave, the file's bytes as they came, the instant it was
/// received and through which channel. A store that keeps files (<see cref="LedgerFormStore"/>) keeps all of it;
/// lateness is judged on <see cref="ReceivedAt"/>. Immutable.
/// </summary>
public sealed class ReceivedForm
{
    /// <summary>Creates a received form.</summary>
    /// <param name="period">The month the form is for.</param>
    /// <param name="submission">What reading it gave, received on <paramref name="receivedAt"/>'s date in the campaign's time zone.</param>
    /// <param name="content">The file's bytes, as they came.</param>
    /// <param name="receivedAt">When the server received it.</param>
    /// <param name="channel">How it came, as a label (网页上传): never a person's name or ID.</param>
    /// <exception cref="ArgumentNullException">The submission or channel is null.</exception>
    public ReceivedForm(YearMonth period, Submission submission, ReadOnlyMemory<byte> content, Instant receivedAt, string channel)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(channel);
        Period = period;
        Submission = submission;
        Content = content;
        ReceivedAt = receivedAt;
        Channel = channel;
    }

    /// <summary>The month the form is for.</summary>
    public YearMonth Period { get; }

    /// <summary>What reading it gave: the report, or the problems that refused it; with the date it was received.</summary>
    public Submission Submission { get; }

    /// <summary>The file's bytes, as they came.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>When the server received it: lateness is judged on it, not on a date typed in the form.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>How it came, as a label (网页上传): never a person's name or ID.</summary>
    public string Channel { get; }
}
