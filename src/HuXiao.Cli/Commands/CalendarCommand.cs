using System.Text.Json;
using HuXiao.Calendar;

namespace HuXiao.Cli.Commands;

/// <summary><c>calendar [--as-of YYYY-MM-DD] [--ics FILE] [--format text|json]</c>: where the campaign stands; iCalendar export.</summary>
internal sealed class CalendarCommand : ICommand
{
    public string Name => "calendar";

    public string Usage => "calendar [--as-of YYYY-MM-DD] [--ics FILE] [--format text|json]   where the campaign stands; iCalendar export";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--as-of", "--ics", "--format"]);
        var format = a.Format(Name);
        var calendar = new CampaignCalendar(CliCampaign.Of(Name, a).Campaign, context.Clock);
        var asOf = a.Option("--as-of") is { } text ? Dates.Parse(Name, "--as-of", text) : calendar.Today();
        var status = calendar.StatusOn(asOf);

        if (a.Option("--ics") is { } ics)
        {
            OutputFiles.WriteText(ics, new CampaignIcsExporter(context.Clock).Export(calendar.Campaign));
            if (format == OutputFormat.Text)
            {
                context.Out.WriteLine($"iCalendar written to {ics}: {calendar.Campaign.Milestones.Count} milestones and {calendar.Campaign.ReportingPeriods.Count} monthly due dates.");
            }
        }

        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(JsonOutput.Write(json => WriteJson(json, calendar.Campaign, status)));
        }
        else
        {
            WriteText(context.Out, calendar.Campaign, status);
        }

        return ExitCodes.Ok;
    }

    private static void WriteJson(Utf8JsonWriter json, Campaign campaign, CalendarStatus status)
    {
        json.WriteStartObject();
        json.WriteString("asOf", Dates.Format(status.AsOf));
        json.WriteString("campaign", campaign.Id);
        json.WriteBoolean("inCampaign", status.IsInCampaign);
        if (status.Phase is { } phase)
        {
            json.WriteStartObject("phase");
            json.WriteString("name", phase.Name.Chinese);
            json.WriteString("start", Dates.Format(phase.Dates.Start));
            json.WriteString("end", Dates.Format(phase.Dates.End));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("phase");
        }

        if (status.NextReport is { } next)
        {
            json.WriteStartObject("nextReport");
            json.WriteString("period", $"{next.Period:uuuu-MM}");
            json.WriteString("due", Dates.Format(next.DueDate));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("nextReport");
        }

        WriteMilestones(json, "passed", status.MilestonesPassed);
        WriteMilestones(json, "upcoming", status.MilestonesUpcoming);
        json.WriteNumber("daysLeft", status.DaysLeft);
        json.WriteEndObject();
    }

    private static void WriteMilestones(Utf8JsonWriter json, string name, IEnumerable<Milestone> milestones)
    {
        json.WriteStartArray(name);
        foreach (var m in milestones)
        {
            json.WriteStartObject();
            json.WriteString("due", Dates.Format(m.DueDate));
            json.WriteString("source", m.Clause);
            json.WriteString("title", m.Title.Chinese);
            json.WriteString("id", m.Id);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteText(TextWriter o, Campaign campaign, CalendarStatus status)
    {
        o.WriteLine($"{campaign.Title} ({campaign.Id}) as of {Dates.Format(status.AsOf)}");
        o.WriteLine(status.IsInCampaign
            ? $"  phase: {(status.Phase is { } p ? $"{p.Name.Chinese} {Dates.Format(p.Dates.Start)}..{Dates.Format(p.Dates.End)}" : "none (inside the campaign, in no phase)")}; {status.DaysLeft} day(s) left"
            : "  outside the campaign");
        o.WriteLine($"  next report: {(status.NextReport is { } n ? $"{n.Period:uuuu-MM} due {Dates.Format(n.DueDate)}" : "none")}");
        o.WriteLine($"  due within {status.DueWithinDays} days: {(status.MilestonesDueSoon.Count == 0 ? "none" : string.Join("; ", status.MilestonesDueSoon.Select(m => $"{Dates.Format(m.DueDate)} {m.Clause} {m.Title.Chinese}")))}");
        o.WriteLine($"  passed ({status.MilestonesPassed.Count}): the calendar knows dates, not whether the work was done — see `huxiao check`");
        foreach (var m in status.MilestonesPassed)
        {
            o.WriteLine($"    {Dates.Format(m.DueDate)} {m.Clause} {m.Title.Chinese}");
        }

        o.WriteLine($"  upcoming ({status.MilestonesUpcoming.Count}):");
        foreach (var m in status.MilestonesUpcoming)
        {
            o.WriteLine($"    {Dates.Format(m.DueDate)} {m.Clause} {m.Title.Chinese}");
        }
    }
}
