namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The cycle orchestration's custom status, set from its first step: what <c>GET /api/cycles/{id}</c> shows.</summary>
/// <param name="Stage">One of <see cref="CycleStages"/>.</param>
/// <param name="SignOffRound">The current (or last) sign-off round, 0 before the first; a decision must name it.</param>
/// <param name="Warnings">The last aggregation's warnings that need comments.</param>
public sealed record CycleStatus(
    string Stage,
    int SignOffRound,
    IReadOnlyList<ContributorStatus> Contributors,
    IReadOnlyList<string> Warnings,
    int SignOffRemindersSent = 0,
    int? TemplateVersion = null);
