using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Orchestrations;

/// <summary>A contributor's deadlines, as pure functions of the schedule, the due date, the status and the time, so the
/// rules are tested with times the test chooses (no timers) and the orchestrator only waits and acts.</summary>
/// <remarks>While nothing is submitted the workflow waits for the earliest of: the next reminder (due + each offset,
/// offsets sorted), the due date itself (the "late" mark) and due + grace (the lead is told, once per due date).</remarks>
internal sealed record ContributorDeadlines(CycleSchedule Schedule, DateTimeOffset Due, int NextOffset)
{
    /// <summary>The deadlines for a (new) due date, seen at <paramref name="now"/>: reminders already past are skipped.</summary>
    public static ContributorDeadlines For(CycleSchedule schedule, DateTimeOffset due, DateTimeOffset now) =>
        new(schedule, due, FirstOffsetAfter(schedule, due, now));

    /// <summary>When the workflow must wake next, or null when nothing is left to chase (or the return is in).</summary>
    public DateTimeOffset? Next(ContributorStatus status)
    {
        if (status.State == ContributorStates.Submitted)
        {
            return null;
        }
        var candidates = new List<DateTimeOffset>();
        if (NextOffset < Schedule.ReminderOffsets.Count)
        {
            candidates.Add(Due + Schedule.ReminderOffsets[NextOffset]);
        }
        if (status.State != ContributorStates.Late)
        {
            candidates.Add(Due);
        }
        if (!status.Escalated)
        {
            candidates.Add(Due + Schedule.GracePeriod);
        }
        return candidates.Count == 0 ? null : candidates.Min();
    }

    /// <summary>What is due at <paramref name="now"/> (a timer fired): mark late, send one reminder for however many
    /// offsets have passed, tell the lead. The deadlines that follow skip the reminders now past.</summary>
    public (DeadlineActions Actions, ContributorDeadlines After) At(ContributorStatus status, DateTimeOffset now)
    {
        var actions = new DeadlineActions(
            MarkLate: now >= Due && status.State != ContributorStates.Late,
            Remind: NextOffset < Schedule.ReminderOffsets.Count && now >= Due + Schedule.ReminderOffsets[NextOffset],
            Escalate: !status.Escalated && now >= Due + Schedule.GracePeriod);
        return (actions, actions.Remind ? this with { NextOffset = FirstOffsetAfter(Schedule, Due, now) } : this);
    }

    /// <summary>The index of the first reminder offset whose time is after <paramref name="now"/> (Count when none).</summary>
    private static int FirstOffsetAfter(CycleSchedule schedule, DateTimeOffset due, DateTimeOffset now)
    {
        var i = 0;
        while (i < schedule.ReminderOffsets.Count && due + schedule.ReminderOffsets[i] <= now)
        {
            i++;
        }
        return i;
    }
}

/// <summary>What a contributor's workflow does when a deadline arrives.</summary>
internal readonly record struct DeadlineActions(bool MarkLate, bool Remind, bool Escalate);
