namespace BcfWorkflow.Orchestrations.Application;

/// <summary>The body of <c>POST /api/cycles/{id}/decision</c>.</summary>
/// <param name="Decision">"approve" or "sendBack" (<see cref="Events.SignOffDecisions"/>).</param>
public sealed record SignOffDecision(string Decision, IReadOnlyList<string>? Contributors = null, string? Reason = null);
