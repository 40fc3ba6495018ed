using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Testing.Ports;

public sealed class InMemoryTemplateStore : ITemplateStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, SortedDictionary<int, IReadOnlyDictionary<string, byte[]>>> templates = [];

    /// <summary>How many times a version was actually written (a skipped idempotent retry does not count).</summary>
    public int Writes { get; private set; }

    public Task WriteAsync(string cycleId, int version, IReadOnlyDictionary<string, byte[]> files, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!templates.TryGetValue(cycleId, out var byVersion))
            {
                templates[cycleId] = byVersion = [];
            }
            if (byVersion.TryAdd(version, files.ToDictionary(f => f.Key, f => f.Value.ToArray())))
            {
                Writes++;
            }
        }
        return Task.CompletedTask;
    }

    public Task<byte[]?> OpenLatestAsync(string cycleId, string format, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var latest = templates.TryGetValue(cycleId, out var byVersion) && byVersion.Count > 0 ? byVersion.Last().Value : null;
            return Task.FromResult(latest?.GetValueOrDefault(format));
        }
    }

    public IReadOnlyList<int> Versions(string cycleId)
    {
        lock (gate)
        {
            return templates.TryGetValue(cycleId, out var byVersion) ? [.. byVersion.Keys] : [];
        }
    }
}
