using System.Collections.Concurrent;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Testing.Ports;

public sealed class InMemoryPlanStore : IPlanStore
{
    private readonly ConcurrentDictionary<(string Area, string Year), Plan> plans = new();

    public Task SaveAsync(Plan plan, CancellationToken cancellationToken = default)
    {
        plans[Key(plan.Area, plan.Year)] = plan;
        return Task.CompletedTask;
    }

    public Task<Plan?> GetAsync(string area, string year, CancellationToken cancellationToken = default) =>
        Task.FromResult(plans.GetValueOrDefault(Key(area, year)));

    private static (string, string) Key(string area, string year) => (area.ToUpperInvariant(), year);
}
