namespace BcfWorkflow.Domain.Returns;

/// <summary>A contributor's validated return: one row for each of its schemes.</summary>
public sealed record ContributorReturn(string ContributorId, string FileName, IReadOnlyList<ReturnRow> Rows);
