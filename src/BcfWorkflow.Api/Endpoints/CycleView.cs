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
