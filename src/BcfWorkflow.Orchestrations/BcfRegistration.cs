using BcfWorkflow.Orchestrations.Activities;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Orchestrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BcfWorkflow.Orchestrations;

/// <summary>Wiring for the hosts. The hosts register the ports (<see cref="Ports"/>) with their real adapters.</summary>
public static class BcfRegistration
{
    /// <summary>Registers every orchestrator and activity of the workflow (class-based; activities get the ports from DI).</summary>
    public static DurableTaskRegistry AddBcfTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddOrchestrator<QuarterlyCycleOrchestrator>()
            .AddOrchestrator<ContributorOrchestrator>()
            .AddActivity<LoadCycleRoster>()
            .AddActivity<SendEmail>()
            .AddActivity<AggregateAreaReturn>()
            .AddActivity<EmitTemplate>()
            .AddActivity<AppendAudit>()
            .AddActivity<FindUnappliedReturns>();
    }

    /// <summary>Registers <see cref="CycleService"/> and <see cref="LeadAnswersService"/> (they need a DurableTaskClient and
    /// the ports registered by the host).</summary>
    public static IServiceCollection AddBcfApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CycleService>();
        services.TryAddSingleton<LeadAnswersService>();
        return services;
    }
}
