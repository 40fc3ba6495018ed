using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>What <c>GET /api/cycles/{cycleId}</c> returns.</summary>
public sealed record CycleView(
    string CycleId,
    string Stage,
    int SignOffRound,
    IReadOnlyList<ContributorStatus> Contributors,
    IReadOnlyList<string> Warnings,
    int SignOffRemindersSent,
    int? TemplateVersion);
