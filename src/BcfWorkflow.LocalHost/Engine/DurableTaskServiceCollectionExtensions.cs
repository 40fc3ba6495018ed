using Grpc.Net.Client;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.LocalHost.Engine;

/// <summary>Connects a Durable Task worker and client to the local engine's gRPC channel.</summary>
public static class DurableTaskServiceCollectionExtensions
{
    /// <param name="registerTasks">The orchestrators and activities, e.g. <c>registry => registry.AddBcfTasks()</c>.</param>
    public static IServiceCollection AddBcfDurableWorker(this IServiceCollection services, GrpcChannel channel, Action<DurableTaskRegistry> registerTasks)
    {
        services.AddDurableTaskWorker(builder =>
        {
            builder.UseGrpc(channel);
            builder.AddTasks(registerTasks);
        });
        return services;
    }

    public static IServiceCollection AddBcfDurableClient(this IServiceCollection services, GrpcChannel channel)
    {
        services.AddDurableTaskClient(builder =>
        {
            builder.UseGrpc(channel);
            builder.RegisterDirectly();
        });
        return services;
    }
}
