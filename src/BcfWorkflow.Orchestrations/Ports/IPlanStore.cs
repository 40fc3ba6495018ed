using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Orchestrations.Ports;

/// <summary>Stores each area's plan for a financial year (one per area and year; saving again replaces it).</summary>
public interface IPlanStore
{
    Task SaveAsync(Plan plan, CancellationToken cancellationToken = default);

    Task<Plan?> GetAsync(string area, string year, CancellationToken cancellationToken = default);
}
