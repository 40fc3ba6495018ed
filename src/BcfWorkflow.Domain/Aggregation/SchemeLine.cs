using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Domain.Aggregation;

/// <summary>A scheme-table row: the plan's scheme and what its contributor returned (nulls where nothing was returned;
/// OutputsDeliveredToDate null with Returned true means "NA").</summary>
public sealed record SchemeLine(Scheme Scheme, bool Returned, decimal? ExpenditureToDate, decimal? OutputsDeliveredToDate, string Comments);
