namespace BcfWorkflow.Orchestrations.Application;

/// <summary>The outcome of a lead's action; <paramref name="Round"/> is the sign-off round it was sent for.</summary>
public sealed record LeadActionResult(LeadActionStatus Status, int Round = 0, string? Problem = null);
