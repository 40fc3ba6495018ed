namespace BcfWorkflow.Domain.Aggregation;

/// <summary>A running-balance row (one per source, and "Total"). PercentageSpent is a fraction, null where income is 0.</summary>
public sealed record RunningBalance(string Source, decimal Income, decimal ExpenditureToDate, decimal? PercentageSpent, decimal Balance);
