using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Functions.Hosting;

/// <summary>The application services, built around one invocation's <see cref="DurableTaskClient"/> (the
/// <c>[DurableClient]</c> binding gives it per invocation, never through DI); the ports come from DI once. A singleton.</summary>
public sealed class CycleServices(IPlanStore plans, IReturnStore returns, ILeadAnswersStore leadAnswers, IAuditLog audit, ICycleIndex index, TimeProvider clock)
{
    public static CycleServices From(FunctionContext context) => context.InstanceServices.GetRequiredService<CycleServices>();

    public CycleService Cycles(DurableTaskClient client) => new(client, plans, returns, audit, index, clock);

    public LeadAnswersService LeadAnswers(CycleService cycles) => new(cycles, leadAnswers, clock);
}
