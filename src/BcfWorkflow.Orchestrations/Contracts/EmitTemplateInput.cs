namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>What the final template is made of: the approved returns and the sign-off.</summary>
/// <param name="TemplateVersion">The version to write (write-once: a retry writes nothing new).</param>
public sealed record EmitTemplateInput(
    string CycleId,
    PlanRef Plan,
    string Quarter,
    IReadOnlyList<ReturnRef> Returns,
    string ApprovedBy,
    DateTimeOffset ApprovedAt,
    int TemplateVersion);
