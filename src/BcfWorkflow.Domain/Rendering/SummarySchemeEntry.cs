namespace BcfWorkflow.Domain.Rendering;

/// <summary>A scheme in summary.json: what its contributor returned (expenditure null when not returned; outputs null for NA or not returned).</summary>
public sealed record SummarySchemeEntry(string Id, decimal? ExpenditureToDate, decimal? OutputsDeliveredToDate, string Comments);
