namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>What the final template is made of: the approved returns and the sign-off.</summary>
/// <param name="TemplateVersion">The version to write (write-once: a retry writes nothing new).</param>
/// <param name="AnswersVersion">The lead's answers approved (null: none).</param>
/// <param name="WorkbookVersion">The attached reporting workbook to fill (null: none).</param>
public sealed record EmitTemplateInput(
    string CycleId,
    PlanRef Plan,
    string Quarter,
    IReadOnlyList<ReturnRef> Returns,
    string ApprovedBy,
    DateTimeOffset ApprovedAt,
    int TemplateVersion,
    int? AnswersVersion = null,
    int? WorkbookVersion = null);
