namespace BcfWorkflow.Domain.Model;

/// <summary>A source of funding and its income for the year. Sources are data: the plan lists them in template order.</summary>
public sealed record SourceIncome(string Source, decimal Income);
