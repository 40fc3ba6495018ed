using System.Diagnostics;
using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Demo;

/// <summary>What the demo shows: the latest cycle status and the event log. Events come from the actors (uploads,
/// decisions) and from differences between successive statuses (reminders, late, escalations, stages).</summary>
internal sealed class DemoBoard(DemoSamples samples)
{
    readonly Stopwatch clock = Stopwatch.StartNew();
    readonly List<DemoEvent> events = [];
    readonly Lock gate = new();

    public event Action<DemoEvent>? Logged;
    public event Action? Changed;

    public DemoSamples Samples => samples;
    public string? CycleId { get; set; }
    public CycleView? Latest { get; private set; }
    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>When the cycle was opened, from the start of the demo (due dates are shown relative to it).</summary>
    public TimeSpan? OpenedAt { get; set; }

    /// <summary>The wall-clock time the cycle was opened (due dates in the status are wall-clock times).</summary>
    public DateTimeOffset? OpenedWallClock { get; set; }

    public IReadOnlyList<DemoEvent> Events
    {
        get
        {
            lock (gate)
            {
                return [.. events];
            }
        }
    }

    public void Log(string who, string text, IReadOnlyList<string>? detail = null)
    {
        var e = new DemoEvent(clock.Elapsed, who, text, detail ?? []);
        lock (gate)
        {
            events.Add(e);
        }
        Logged?.Invoke(e);
        Changed?.Invoke();
    }

    public void Apply(CycleView view)
    {
        CycleView? previous;
        lock (gate)
        {
            previous = Latest;
            Latest = view;
        }
        foreach (var (who, text) in Differences(previous, view))
        {
            Log(who, text);
        }
        Changed?.Invoke();
    }

    IEnumerable<(string Who, string Text)> Differences(CycleView? before, CycleView now)
    {
        if (before?.Stage != now.Stage || before.SignOffRound != now.SignOffRound)
        {
            yield return ("cycle", StageText(now));
        }
        if (now.SignOffRemindersSent > (before?.SignOffRemindersSent ?? 0))
        {
            yield return ("cycle", $"sign-off reminder {now.SignOffRemindersSent} emailed to the lead");
        }
        foreach (var c in now.Contributors)
        {
            var was = before?.Contributors.FirstOrDefault(p => p.Id == c.Id);
            var name = samples.NameOf(c.Id);
            if (c.RemindersSent > (was?.RemindersSent ?? 0))
            {
                yield return (name, $"reminder {c.RemindersSent} emailed{(c.State == ContributorStates.Late ? " (late)" : "")}");
            }
            if (c.State == ContributorStates.Late && was?.State != ContributorStates.Late)
            {
                yield return (name, "is late: the due date has passed");
            }
            if (c.Escalated && was?.Escalated != true)
            {
                yield return (name, "still late after the grace period: the lead is told (escalation email)");
            }
            if (c.State == ContributorStates.SentBack && was?.State != ContributorStates.SentBack)
            {
                yield return (name, "sent back: emailed the lead's reason and a new due date");
            }
        }
    }

    static string StageText(CycleView view) => view.Stage switch
    {
        CycleStages.Collecting => "stage: collecting returns",
        CycleStages.Aggregating => $"stage: aggregating the area return (round {view.SignOffRound})",
        CycleStages.AwaitingSignOff => $"stage: awaiting the lead's sign-off (round {view.SignOffRound}); summary emailed to the lead",
        CycleStages.Emitting => "stage: approved, writing the template",
        CycleStages.Completed => $"stage: completed; template v{view.TemplateVersion} written, final emails sent",
        _ => $"stage: {view.Stage}",
    };
}
