namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>A return version as stored: where it is, the SHA-256 (lower-case hex) of its bytes, who sent it and when.</summary>
public sealed record StoredReturn(ReturnRef Ref, string ContentSha256, string SubmittedBy, DateTimeOffset SubmittedAt);
