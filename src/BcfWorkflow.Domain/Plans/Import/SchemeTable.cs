namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>The scheme rows read, and the name the table gives its planned amount column.</summary>
internal sealed record SchemeTable(IReadOnlyList<SchemeEntry> Schemes, string AmountColumn);
