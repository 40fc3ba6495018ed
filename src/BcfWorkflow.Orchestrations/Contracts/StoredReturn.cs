namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>Points at one stored version of a contributor's return (the orchestrations pass this, never the bytes).</summary>
/// <param name="Extension">"csv", "xlsx", "xls" or "ods" (as the content shows), lower case, no dot.</param>
public sealed record ReturnRef(string CycleId, string ContributorId, int Version, string Extension)
{
    /// <summary>The blob name in container <c>bcf</c>: <c>returns/{cycleId}/{contributorId}/v{n}.{ext}</c>.</summary>
    public string BlobName => $"returns/{CycleId}/{ContributorId}/v{Version}.{Extension}";

    /// <summary>The file name shown to people and used in validation messages, e.g. <c>blaby-v2.csv</c>.</summary>
    public string FileName => $"{ContributorId}-v{Version}.{Extension}";
}

/// <summary>A return version as stored: where it is, the SHA-256 (lower-case hex) of its bytes, who sent it and when.</summary>
/// <param name="UploadedAs">The name of the file as the contributor sent it ("Blaby Q2 return.xlsx"); null for versions
/// stored before it was kept. People see this name; <see cref="ReturnRef.FileName"/> is the store's own.</param>
public sealed record StoredReturn(ReturnRef Ref, string ContentSha256, string SubmittedBy, DateTimeOffset SubmittedAt, string? UploadedAs = null)
{
    /// <summary>The name to show people: the file's own name, else the store's.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string DisplayName => UploadedAs ?? Ref.FileName;
}

/// <summary>The input of <see cref="Activities.FindUnappliedReturns"/>: the versions an orchestration has applied, per
/// contributor (0 for none).</summary>
public sealed record UnappliedReturnsQuery(string CycleId, IReadOnlyDictionary<string, int> KnownVersions);
