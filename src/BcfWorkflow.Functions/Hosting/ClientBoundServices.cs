using BcfWorkflow.Orchestrations.Application;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Functions.Hosting;

/// <summary>The shared registrations (AddBcfApi) include handlers that need a <see cref="DurableTaskClient"/>; in
/// Functions the client comes per invocation from the <c>[DurableClient]</c> binding, never from DI. This removes
/// every registration that needs it, directly or through another, so the container validates; the triggers build
/// them per invocation instead (Http.HandlerFactory).</summary>
public static class ClientBoundServices
{
    public static IServiceCollection RemoveClientBound(this IServiceCollection services)
    {
        var bound = new HashSet<Type> { typeof(DurableTaskClient), typeof(CycleService) };
        bool removed;
        do
        {
            removed = false;
            foreach (var descriptor in services.ToList())
            {
                if (descriptor.ImplementationType is { } type && Needs(type, bound))
                {
                    services.Remove(descriptor);
                    bound.Add(descriptor.ServiceType);
                    removed = true;
                }
            }
        }
        while (removed);
        return services;
    }

    /// <summary>A concrete class of this product, which the per-invocation services may construct.</summary>
    public static bool IsOurs(Type type) =>
        type is { IsClass: true, IsAbstract: false } && type.Namespace?.StartsWith("BcfWorkflow.", StringComparison.Ordinal) == true;

    private static bool Needs(Type type, HashSet<Type> bound) =>
        type.GetConstructors().Any(c => c.GetParameters().Any(p => bound.Contains(p.ParameterType)));
}
