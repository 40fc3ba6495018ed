using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Ports;

/// <summary>Contributors' returns as uploaded, every version kept: blob <c>returns/{cycleId}/{contributorId}/v{n}.{ext}</c>.</summary>
public interface IReturnStore
{
    /// <summary>Stores the next version (1, 2, ...), never overwriting one. Idempotent: when the latest version has the
    /// same content hash, returns that version and stores nothing.</summary>
    /// <param name="extension">"csv", "xlsx", "xls" or "ods".</param>
    /// <param name="uploadedAs">The file's name as sent, kept with the version for people to recognise it.</param>
    Task<StoredReturn> SaveVersionAsync(
        string cycleId,
        string contributorId,
        string extension,
        byte[] content,
        string submittedBy,
        DateTimeOffset submittedAt,
        string? uploadedAs = null,
        CancellationToken cancellationToken = default);

    /// <summary>The bytes of a stored version; throws when it does not exist (a reference always comes from this store).</summary>
    Task<byte[]> ReadAsync(ReturnRef returnRef, CancellationToken cancellationToken = default);

    /// <summary>Every stored version of one contributor's return in this cycle, oldest first (empty when none).</summary>
    Task<IReadOnlyList<StoredReturn>> ListVersionsAsync(string cycleId, string contributorId, CancellationToken cancellationToken = default);

    /// <summary>The newest stored version of each contributor with one (contributor ids ignoring case): what every view
    /// counts as received, whatever the orchestrations have applied. A store that can list a cycle at once overrides this.</summary>
    async Task<IReadOnlyDictionary<string, int>> LatestVersionsAsync(string cycleId, IEnumerable<string> contributorIds, CancellationToken cancellationToken = default)
    {
        var latest = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in contributorIds)
        {
            var versions = await ListVersionsAsync(cycleId, id, cancellationToken);
            if (versions.Count > 0)
            {
                latest[id] = versions[^1].Ref.Version;
            }
        }
        return latest;
    }
}
