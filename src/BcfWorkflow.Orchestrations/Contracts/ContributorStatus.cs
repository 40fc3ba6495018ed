namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>One contributor's progress: the contributor orchestration's custom status, copied into the cycle's.</summary>
/// <param name="State">One of <see cref="ContributorStates"/>.</param>
/// <param name="Versions">How many versions of its return have been stored.</param>
/// <param name="Due">Its current due date (moves when sent back).</param>
/// <param name="EmailProblem">The last email to or about this contributor that could not be sent, for the lead to act on.</param>
public sealed record ContributorStatus(
    string Id,
    string State,
    int Versions,
    int? LatestVersion,
    int RemindersSent,
    DateTimeOffset? LastReminderAt,
    DateTimeOffset? Due = null,
    bool Escalated = false,
    bool BeingProcessed = false,
    string? EmailProblem = null)
{
    public static ContributorStatus Initial(string id, DateTimeOffset due) => new(id, ContributorStates.Awaiting, 0, null, 0, null, due);

    /// <summary>The store is the truth of what was received: a version stored (its 202 sent) that the contributor's
    /// orchestration has not applied yet counts at once, marked "being processed".</summary>
    /// <param name="storedVersion">The newest stored version, or null when none is stored.</param>
    public ContributorStatus WithStoredVersion(int? storedVersion) =>
        storedVersion is { } version && version > (LatestVersion ?? 0)
            ? this with { State = ContributorStates.Submitted, Versions = version, LatestVersion = version, BeingProcessed = true }
            : this;
}
