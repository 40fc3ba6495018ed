namespace BcfWorkflow.Api.Endpoints;

/// <summary>One scheme of a contributor's return: the plan's figures, and the figures of the latest version, the
/// version before it and last quarter's return (each null when that return is not there).</summary>
/// <param name="OutputsDeliveredToDate">Null in a return that is there means "NA".</param>
public sealed record SchemeFiguresItem(
    string Id,
    string Name,
    string SourceOfFunding,
    decimal PlannedExpenditure,
    decimal? PlannedOutputs,
    string Units,
    decimal? ExpenditureToDate,
    decimal? OutputsDeliveredToDate,
    string? Comments,
    decimal? PreviousExpenditureToDate,
    decimal? PreviousOutputsDeliveredToDate,
    string? PreviousComments,
    decimal? LastQuarterExpenditureToDate,
    decimal? LastQuarterOutputsDeliveredToDate);
