namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The input of <see cref="Orchestrations.QuarterlyCycleOrchestrator"/>.</summary>
/// <param name="Quarter">"Q1".."Q4".</param>
/// <param name="CycleId">The instance id, see <see cref="CycleIds.Cycle"/>.</param>
/// <param name="OrchestrationVersion">The orchestrator logic this instance started with; code that changes the
/// sequence of awaited tasks branches on it (docs/design/versioning.md). The starter stamps <see cref="CurrentVersion"/>;
/// an input without the field is from before versioning and is read as version 1, never as the newest.</param>
public sealed record CycleInput(
    string Area,
    string Year,
    string Quarter,
    string CycleId,
    PlanRef Plan,
    CycleSchedule Schedule,
    int OrchestrationVersion = CycleInput.FirstVersion)
{
    public const int FirstVersion = 1;

    public const int CurrentVersion = 4;

    /// <summary>From version 2 a contributor orchestration starts quietly: it does not send its initial status to the
    /// cycle, which has it from the roster (version 1 instances still do).</summary>
    public const int QuietStartVersion = 2;

    /// <summary>From version 3 the orchestrations look in the store before acting on a deadline or aggregating: a
    /// version stored (its 202 sent) whose event is late or was lost counts, so no reminder or late notice goes out for
    /// it and the area return includes it.</summary>
    public const int StoreCheckVersion = 3;

    /// <summary>From version 4 a send-back is settled by the contributors sent back: collection ends when they have
    /// resubmitted (a close of collection before the send-back stands for the others, who can still send theirs), and
    /// each is due again no earlier than before, at 5pm on a working day (<see cref="CycleSchedule.SendBackDue"/>).</summary>
    public const int SendBackVersion = 4;

    /// <summary>From version 4 a contributor's orchestration also waits for <see cref="Events.ReminderRequested"/>: the
    /// lead's "Remind now" sends a reminder at once (not to a contributor that has sent its return, nor twice within
    /// <see cref="Orchestrations.ContributorOrchestrator.ReminderRequestGap"/>).</summary>
    public const int RemindNowVersion = 4;
}
