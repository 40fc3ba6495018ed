using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Functions.Http;

/// <summary>The worker's services plus one invocation's <see cref="DurableTaskClient"/>: our own classes that need the
/// client (directly or through another of ours) are not in DI (see <see cref="Hosting.ClientBoundServices"/>) and are
/// built here, once per invocation.</summary>
internal sealed class InvocationServices(IServiceProvider services, DurableTaskClient client) : IServiceProvider
{
    private readonly Dictionary<Type, object> created = [];

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(DurableTaskClient))
        {
            return client;
        }
        if (serviceType == typeof(IServiceProviderIsService))
        {
            return null; // ActivatorUtilities then resolves every constructor parameter through GetService (this).
        }
        if (created.TryGetValue(serviceType, out var made))
        {
            return made;
        }
        var registered = services.GetService(serviceType);
        if (registered is not null || !Hosting.ClientBoundServices.IsOurs(serviceType))
        {
            return registered;
        }
        made = ActivatorUtilities.CreateInstance(this, serviceType);
        created[serviceType] = made;
        return made;
    }
}
