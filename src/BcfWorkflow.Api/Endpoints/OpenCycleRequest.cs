namespace BcfWorkflow.Api.Endpoints;

/// <summary>The body of <c>POST /api/cycles</c>.</summary>
public sealed record OpenCycleRequest(string? Area, string? Year, string? Quarter, DateTimeOffset? ContributorsDue, DateTimeOffset? SubmissionDue);
