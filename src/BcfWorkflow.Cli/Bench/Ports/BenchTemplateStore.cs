using System.Collections.Concurrent;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Cli.Bench.Ports;

/// <summary>Templates in memory; counts the versions written.</summary>
public sealed class BenchTemplateStore : ITemplateStore
{
    private readonly ConcurrentDictionary<(string, int), IReadOnlyDictionary<string, byte[]>> versions = new();

    public int Count => versions.Count;

    public Task WriteAsync(string cycleId, int version, IReadOnlyDictionary<string, byte[]> files, CancellationToken cancellationToken = default)
    {
        versions.TryAdd((cycleId, version), files);
        return Task.CompletedTask;
    }

    public Task<byte[]?> OpenLatestAsync(string cycleId, string format, CancellationToken cancellationToken = default)
    {
        var latest = versions.Where(v => v.Key.Item1 == cycleId).OrderByDescending(v => v.Key.Item2).Select(v => v.Value).FirstOrDefault();
        return Task.FromResult(latest is not null && latest.TryGetValue(format, out var content) ? content : null);
    }
}
