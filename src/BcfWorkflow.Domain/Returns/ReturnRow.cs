namespace BcfWorkflow.Domain.Returns;

/// <summary>One validated row of a contributor's return.</summary>
/// <param name="OutputsDeliveredToDate">Null means "NA" (no output planned or reported).</param>
public sealed record ReturnRow(
    string SchemeId,
    decimal ExpenditureToDate,
    decimal? OutputsDeliveredToDate,
    string Comments);
