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
