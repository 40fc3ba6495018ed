namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The cycle orchestration's custom status, set from its first step: what <c>GET /api/cycles/{id}</c> shows.</summary>
/// <param name="Stage">One of <see cref="CycleStages"/>.</param>
/// <param name="SignOffRound">The current (or last) sign-off round, 0 before the first; a decision must name it.</param>
/// <param name="Warnings">The last aggregation's warnings that need comments, the first <see cref="MaxWarnings"/> of them
/// (a custom status is limited to 16 KB; the lead's summary has them all).</param>
/// <param name="WarningCount">How many warnings the last aggregation had in all.</param>
/// <param name="ApprovedAt">When the lead approved the area return (null before; and for cycles approved before it was recorded).</param>
public sealed record CycleStatus(
    string Stage,
    int SignOffRound,
    IReadOnlyList<ContributorStatus> Contributors,
    IReadOnlyList<string> Warnings,
    int SignOffRemindersSent = 0,
    int? TemplateVersion = null,
    int WarningCount = 0,
    DateTimeOffset? ApprovedAt = null)
{
    public const int MaxWarnings = 25;
}

/// <summary>The values of <see cref="CycleStatus.Stage"/>.</summary>
public static class CycleStages
{
    public const string Collecting = "collecting";
    public const string Aggregating = "aggregating";
    public const string AwaitingSignOff = "awaitingSignOff";
    public const string Emitting = "emitting";
    public const string Completed = "completed";

    /// <summary>Approved: the template is being written or has been; the return can no longer change.</summary>
    public static bool IsApproved(string stage) => stage is Emitting or Completed;
}
