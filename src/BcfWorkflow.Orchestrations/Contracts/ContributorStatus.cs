namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>One contributor's progress: the contributor orchestration's custom status, copied into the cycle's.</summary>
/// <param name="State">One of <see cref="ContributorStates"/>.</param>
/// <param name="Versions">How many versions of its return have been stored.</param>
/// <param name="Due">Its current due date (moves when sent back).</param>
public sealed record ContributorStatus(
    string Id,
    string State,
    int Versions,
    int? LatestVersion,
    int RemindersSent,
    DateTimeOffset? LastReminderAt,
    DateTimeOffset? Due = null,
    bool Escalated = false,
    bool BeingProcessed = false)
{
    public static ContributorStatus Initial(string id, DateTimeOffset due) => new(id, ContributorStates.Awaiting, 0, null, 0, null, due);
}
