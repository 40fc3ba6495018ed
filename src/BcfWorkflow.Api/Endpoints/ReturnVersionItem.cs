namespace BcfWorkflow.Api.Endpoints;

/// <summary>One stored version of a return, as people see it (no blob name or hash).</summary>
public sealed record ReturnVersionItem(int Version, string SubmittedBy, DateTimeOffset SubmittedAt);
