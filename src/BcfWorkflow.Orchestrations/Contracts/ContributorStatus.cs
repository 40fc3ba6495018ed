namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>One contributor's progress: the contributor orchestration's custom status, copied into the cycle's.</summary>
/// <param name="State">One of <see cref="ContributorStates"/>.</param>
/// <param name="Versions">How many versions of its return have been stored.</param>
/// <param name="Due">Its current due date (moves when sent back).</param>
/// <param name="EmailProblem">The last email to or about this contributor that could not be sent, for the lead to act on.</param>
/// <param name="SentBackReason">The lead's reason the last time the return was sent back (null if it never was), for the
/// contributor's page. Optional with a default, so the statuses of instances started before it was added still read.</param>
/// <param name="SentBackAt">When it was last sent back.</param>
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
    string? EmailProblem = null,
    string? SentBackReason = null,
    DateTimeOffset? SentBackAt = null)
{
    /// <summary>The longest send-back reason a status keeps (the cycle's status holds every contributor's and is limited
    /// in size); the email has the whole reason.</summary>
    public const int MaxReasonLength = 500;

    public static ContributorStatus Initial(string id, DateTimeOffset due) => new(id, ContributorStates.Awaiting, 0, null, 0, null, due);

    /// <summary>This status sent back with <paramref name="reason"/> (kept up to <see cref="MaxReasonLength"/> characters), due again at <paramref name="due"/>.</summary>
    public ContributorStatus SentBack(string reason, DateTimeOffset due, DateTimeOffset at) => this with
    {
        State = ContributorStates.SentBack,
        Due = due,
        SentBackReason = reason.Length <= MaxReasonLength ? reason : string.Concat(reason.AsSpan(0, MaxReasonLength - 1), "…"),
        SentBackAt = at,
    };

    /// <summary>The store is the truth of what was received: a version stored (its 202 sent) that the contributor's
    /// orchestration has not applied yet counts at once, marked "being processed".</summary>
    /// <param name="storedVersion">The newest stored version, or null when none is stored.</param>
    public ContributorStatus WithStoredVersion(int? storedVersion) =>
        storedVersion is { } version && version > (LatestVersion ?? 0)
            ? SubmittedAs(version) with { BeingProcessed = true }
            : this;

    /// <summary>Submitted, with <paramref name="version"/> as its newest version.</summary>
    public ContributorStatus SubmittedAs(int version) =>
        this with { State = ContributorStates.Submitted, Versions = version, LatestVersion = version };
}

/// <summary>The values of <see cref="ContributorStatus.State"/>.</summary>
public static class ContributorStates
{
    public const string Awaiting = "awaiting";
    public const string Submitted = "submitted";
    public const string Late = "late";
    public const string SentBack = "sentBack";
}
