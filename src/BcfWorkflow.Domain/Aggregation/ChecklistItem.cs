namespace BcfWorkflow.Domain.Aggregation;

/// <summary>Whether a column that must be filled is complete on every scheme row.</summary>
public sealed record ChecklistItem(string Column, bool Complete);
