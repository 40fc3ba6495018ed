using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Functions.Hosting;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Functions.Http;

/// <summary>The shared HTTP handlers that need a <see cref="DurableTaskClient"/>, built per invocation around the client
/// the <c>[DurableClient]</c> binding gave it (the local host has one client and takes these from DI; see
/// <see cref="BcfApiEndpoints.AddBcfClientHandlers"/>). The rest comes from DI once. A singleton.</summary>
public sealed class HandlerFactory(
    CycleServices services,
    RequestAuth auth,
    ContributorUploads uploads,
    StoredReturns stored,
    IReturnStore returns,
    ITemplateStore templates,
    IAuditLog audit,
    TimeProvider clock,
    IOptions<ApiOptions> options)
{
    public static HandlerFactory From(FunctionContext context) => context.InstanceServices.GetRequiredService<HandlerFactory>();

    public CycleHandlers Cycle(DurableTaskClient client) => new(auth, services.Cycles(client), options);

    public ReturnHandlers Returns(DurableTaskClient client) => new(auth, services.Cycles(client), returns, uploads);

    public SignOffHandlers SignOff(DurableTaskClient client)
    {
        var cycles = services.Cycles(client);
        return new(auth, cycles, services.LeadAnswers(cycles), audit, clock);
    }

    public TemplateHandlers Templates(DurableTaskClient client) => new(auth, services.Cycles(client), templates, audit);

    public LeadAnswersHandlers LeadAnswers(DurableTaskClient client) => new(auth, services.LeadAnswers(services.Cycles(client)), audit, clock);

    public CycleListHandlers CycleList(DurableTaskClient client) => new(auth, services.Cycles(client));

    public PrefilledReturnHandlers Prefilled(DurableTaskClient client) => new(auth, services.Cycles(client), stored);

    public SummaryHandlers Summary(DurableTaskClient client) => new(auth, services.Cycles(client));

    public ReturnFiguresHandlers ReturnFigures(DurableTaskClient client) => new(auth, services.Cycles(client), returns, stored, uploads);
}
