using System.Security.Cryptography;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Testing.Ports;

public sealed class InMemoryReturnStore : IReturnStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, byte[]> blobs = [];
    private readonly Dictionary<(string, string), List<StoredReturn>> versions = [];

    public int BlobCount
    {
        get { lock (gate) { return blobs.Count; } }
    }

    public Task<StoredReturn> SaveVersionAsync(string cycleId, string contributorId, string extension, byte[] content,
        string submittedBy, DateTimeOffset submittedAt, string? uploadedAs = null, CancellationToken cancellationToken = default)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        lock (gate)
        {
            if (!versions.TryGetValue((cycleId, contributorId), out var list))
            {
                versions[(cycleId, contributorId)] = list = [];
            }
            if (list.Count > 0 && list[^1].ContentSha256 == hash)
            {
                return Task.FromResult(list[^1]);
            }
            var stored = new StoredReturn(new ReturnRef(cycleId, contributorId, list.Count + 1, extension), hash, submittedBy, submittedAt, uploadedAs);
            blobs.Add(stored.Ref.BlobName, content.ToArray());
            list.Add(stored);
            return Task.FromResult(stored);
        }
    }

    public Task<byte[]> ReadAsync(ReturnRef returnRef, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return blobs.TryGetValue(returnRef.BlobName, out var content)
                ? Task.FromResult(content.ToArray())
                : throw new FileNotFoundException($"No blob {returnRef.BlobName}.");
        }
    }

    public Task<IReadOnlyList<StoredReturn>> ListVersionsAsync(string cycleId, string contributorId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<StoredReturn> list = versions.TryGetValue((cycleId, contributorId), out var found) ? [.. found] : [];
            return Task.FromResult(list);
        }
    }
}
