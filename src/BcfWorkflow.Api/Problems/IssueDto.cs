namespace BcfWorkflow.Api.Problems;

/// <summary>A validation problem as the API reports it.</summary>
public sealed record IssueDto(string File, int? Row, string? Column, string Message, string Code, string Severity);
