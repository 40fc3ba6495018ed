namespace BcfWorkflow.Orchestrations.Application;

/// <summary>The body of <c>POST /api/cycles/{id}/decision</c>.</summary>
/// <param name="Decision">"approve" or "sendBack" (<see cref="Events.SignOffDecisions"/>).</param>
/// <param name="ConfirmIncomplete">For an approval while the template is incomplete (answers or checklist columns still
/// blank): true to approve it as it is. Without it such an approval is refused with what is missing.</param>
public sealed record SignOffDecision(string Decision, IReadOnlyList<string>? Contributors = null, string? Reason = null, bool? ConfirmIncomplete = null);
