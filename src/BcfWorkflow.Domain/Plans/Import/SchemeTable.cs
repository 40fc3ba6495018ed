namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>The scheme rows read, and the name the table gives its planned amount column.</summary>
/// <param name="IdsComplete">Whether every scheme row's id was read: if not, an id a contributor lists may be one of
/// those rows', so it is not reported as unknown.</param>
internal sealed record SchemeTable(IReadOnlyList<SchemeEntry> Schemes, string AmountColumn, bool IdsComplete);
