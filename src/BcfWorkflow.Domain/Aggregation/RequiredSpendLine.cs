namespace BcfWorkflow.Domain.Aggregation;

/// <summary>A required-spend line: the minimum set in the plan, what has been spent toward it, and minimum − spent.</summary>
public sealed record RequiredSpendLine(string Name, decimal MinimumRequired, decimal ExpenditureToDate, decimal Balance);
