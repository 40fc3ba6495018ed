using System.Collections.Concurrent;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Cli.Bench.Ports;

/// <summary>Plans in memory: the bench measures the engine, not blob storage.</summary>
public sealed class BenchPlanStore : IPlanStore
{
    private readonly ConcurrentDictionary<(string, string), Plan> plans = new();

    public Task SaveAsync(Plan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plans[(plan.Area.ToUpperInvariant(), plan.Year)] = plan;
        return Task.CompletedTask;
    }

    public Task<Plan?> GetAsync(string area, string year, CancellationToken cancellationToken = default) =>
        Task.FromResult(plans.GetValueOrDefault((area.ToUpperInvariant(), year)));
}
