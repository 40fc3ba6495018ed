namespace BcfWorkflow.Domain.Reporting;

/// <summary>A metric of the year and its definition.</summary>
public sealed record ReportingMetric(string Name, string Definition);
