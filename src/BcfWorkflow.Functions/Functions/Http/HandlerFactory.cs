using BcfWorkflow.Orchestrations.Application;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Functions.Http;

/// <summary>Creates the shared handlers (and anything else needing a <see cref="DurableTaskClient"/>, such as
/// <see cref="Orchestrations.Application.CycleService"/>) for one invocation, around the client the <c>[DurableClient]</c>
/// binding gave it; everything else comes from the worker's services.</summary>
public static class HandlerFactory
{
    public static T Create<T>(FunctionContext context, DurableTaskClient client) where T : class =>
        Create<T>(context.InstanceServices, client);

    public static T Create<T>(IServiceProvider services, DurableTaskClient client) where T : class =>
        (T)new InvocationServices(services, client).GetRequiredService(typeof(T));

    public static CycleService CycleService(IServiceProvider services, DurableTaskClient client) =>
        Create<CycleService>(services, client);
}
