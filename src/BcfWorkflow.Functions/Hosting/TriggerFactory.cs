using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Functions.Cycles;
using BcfWorkflow.Functions.Incoming;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Functions.Hosting;

/// <summary>What the timer and blob triggers run, built per invocation around the binding's
/// <see cref="DurableTaskClient"/>; the rest comes from DI once. A singleton.</summary>
public sealed class TriggerFactory(
    CycleServices services,
    IPlanAreas planAreas,
    IIncomingResultStore results,
    IOptions<CycleOpeningOptions> opening,
    IOptions<ApiOptions> api,
    TimeProvider clock,
    ILogger<QuarterCycleOpener> openerLogger,
    ILogger<IncomingReturnProcessor> incomingLogger)
{
    public static TriggerFactory From(FunctionContext context) => context.InstanceServices.GetRequiredService<TriggerFactory>();

    public QuarterCycleOpener QuarterOpener(DurableTaskClient client) =>
        new(services.Cycles(client), planAreas, opening, api, clock, openerLogger);

    public IncomingReturnProcessor IncomingReturns(DurableTaskClient client) =>
        new(services.Cycles(client), results, api, clock, incomingLogger);
}
