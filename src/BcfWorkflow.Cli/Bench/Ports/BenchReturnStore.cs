using System.Collections.Concurrent;
using System.Security.Cryptography;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Cli.Bench.Ports;

/// <summary>Returns in memory, every version kept (the bench submits one version per contributor).</summary>
public sealed class BenchReturnStore : IReturnStore
{
    private readonly ConcurrentDictionary<string, byte[]> blobs = new();
    private readonly ConcurrentDictionary<(string, string), List<StoredReturn>> versions = new();

    public Task<StoredReturn> SaveVersionAsync(string cycleId, string contributorId, string extension, byte[] content,
        string submittedBy, DateTimeOffset submittedAt, string? uploadedAs = null, CancellationToken cancellationToken = default)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var list = versions.GetOrAdd((cycleId, contributorId), _ => []);
        lock (list)
        {
            if (list.Count > 0 && list[^1].ContentSha256 == hash)
            {
                return Task.FromResult(list[^1]);
            }
            var stored = new StoredReturn(new ReturnRef(cycleId, contributorId, list.Count + 1, extension), hash, submittedBy, submittedAt, uploadedAs);
            blobs[stored.Ref.BlobName] = content;
            list.Add(stored);
            return Task.FromResult(stored);
        }
    }

    public Task<byte[]> ReadAsync(ReturnRef returnRef, CancellationToken cancellationToken = default) =>
        blobs.TryGetValue(returnRef.BlobName, out var content)
            ? Task.FromResult(content)
            : throw new FileNotFoundException($"No blob {returnRef.BlobName}.");

    public Task<IReadOnlyList<StoredReturn>> ListVersionsAsync(string cycleId, string contributorId, CancellationToken cancellationToken = default)
    {
        if (!versions.TryGetValue((cycleId, contributorId), out var list))
        {
            return Task.FromResult<IReadOnlyList<StoredReturn>>([]);
        }
        lock (list)
        {
            return Task.FromResult<IReadOnlyList<StoredReturn>>([.. list]);
        }
    }
}
