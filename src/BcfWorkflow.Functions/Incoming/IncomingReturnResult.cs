using BcfWorkflow.Api.Problems;

namespace BcfWorkflow.Functions.Incoming;

/// <summary>What became of a dropped file, written next to it as <c>{name}.result.json</c>.</summary>
/// <param name="Status">"accepted", "rejected", "noOpenCycle", "notFound", "closed" or "tooLarge".</param>
public sealed record IncomingReturnResult(
    string File,
    string Area,
    string Contributor,
    string Status,
    string? CycleId,
    int? Version,
    string? StoredAs,
    string Detail,
    IReadOnlyList<IssueDto> Issues,
    DateTimeOffset ProcessedAt);
