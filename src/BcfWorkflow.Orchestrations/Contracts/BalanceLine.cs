namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>A running-balance row (a source, or "Total"); PercentageSpent is a fraction, null where income is 0.</summary>
public sealed record BalanceLine(string Source, decimal Income, decimal ExpenditureToDate, decimal? PercentageSpent, decimal Balance);
