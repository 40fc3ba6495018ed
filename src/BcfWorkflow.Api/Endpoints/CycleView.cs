using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>What <c>GET /api/cycles/{cycleId}</c> returns.</summary>
/// <param name="Warnings">The first warnings of the last aggregation (the summary has them all).</param>
/// <param name="WarningCount">How many warnings it had in all.</param>
/// <param name="ApprovedAt">When the lead approved the area return, once approved.</param>
public sealed record CycleView(
    string CycleId,
    string Stage,
    int SignOffRound,
    IReadOnlyList<ContributorStatus> Contributors,
    IReadOnlyList<string> Warnings,
    int SignOffRemindersSent,
    int? TemplateVersion,
    int WarningCount = 0,
    DateTimeOffset? ApprovedAt = null);

/// <summary>A contributor of a cycle with its display name and progress (state is one of ContributorStates).</summary>
/// <param name="SentBackReason">The lead's reason the last time its return was sent back, when it was.</param>
/// <param name="Email">Where its emails go (the plan's address): the lead's contact for it.</param>
public sealed record CycleContributorItem(
    string Id,
    string Name,
    string State,
    int Versions,
    int RemindersSent,
    DateTimeOffset? LastReminderAt,
    DateTimeOffset? Due,
    bool BeingProcessed = false,
    string? SentBackReason = null,
    DateTimeOffset? SentBackAt = null,
    string? Email = null);

/// <summary>One cycle in <c>GET /api/cycles</c>; a contributor sees only its own row in <paramref name="Contributors"/>.</summary>
/// <param name="Stage">One of CycleStages; "ended" when the orchestration stopped without completing.</param>
/// <param name="ApprovedAt">When the lead approved the area return, once approved.</param>
public sealed record CycleListItem(
    string CycleId,
    string Area,
    string Year,
    string Quarter,
    string Stage,
    DateTimeOffset ContributorsDue,
    DateTimeOffset SubmissionDue,
    DateTimeOffset CreatedAt,
    int? TemplateVersion,
    IReadOnlyList<CycleContributorItem> Contributors,
    DateTimeOffset? ApprovedAt = null);
