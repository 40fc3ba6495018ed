using Azure.Core;
using BcfWorkflow.Adapters;
using BcfWorkflow.Api.Auth;
using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Functions.Auth;
using BcfWorkflow.Functions.Cycles;
using BcfWorkflow.Functions.Http;
using BcfWorkflow.Functions.Incoming;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BcfWorkflow.Functions.Hosting;

/// <summary>The Functions app's composition root (Program.cs calls it; tests build it with in-memory settings).</summary>
public static class FunctionsServiceCollectionExtensions
{
    /// <summary>"true" turns on <see cref="EasyAuthCallerResolver"/>; App Service sets WEBSITE_AUTH_ENABLED itself when
    /// its authentication is on.</summary>
    public const string PlatformSignInKey = "Auth:PlatformSignIn";
    public const string WebsiteAuthEnabledKey = "WEBSITE_AUTH_ENABLED";
    public const string WebsiteHostNameKey = "WEBSITE_HOSTNAME";

    public static IServiceCollection AddBcfFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        var credential = new Lazy<TokenCredential>(() => AzureCredentials.Create(configuration));
        services.AddBcfAdapters(configuration, OutboxRoot(), StorageClients.Create(configuration, () => credential.Value));
        services.AddBcfFunctionsCore(configuration);
        services.AddBcfTelemetry(configuration, () => credential.Value);
        return services;
    }

    /// <summary>Everything but the storage and email adapters and telemetry: the API handlers (those needing the
    /// durable client through <see cref="HandlerFactory"/>), the caller resolver, and the factories of the application
    /// services, the cycle opener and the incoming-file processor. The ports must be registered by the caller.</summary>
    public static IServiceCollection AddBcfFunctionsCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        // The handlers that need a DurableTaskClient are not registered: the client comes per invocation from the
        // [DurableClient] binding, and the triggers build them around it with these factories.
        services.AddBcfApiWithoutClient(configuration);
        services.AddSingleton<CycleServices>();
        services.AddSingleton<HandlerFactory>();
        services.AddSingleton<TriggerFactory>();
        services.AddBcfEmailLinks(configuration, _ => OwnAddress(configuration));

        if (IsPlatformSignInOn(configuration))
        {
            services.TryAddSingleton<ApiKeyCallerResolver>();
            services.TryAddSingleton<EasyAuthCallerResolver>();
            services.Replace(ServiceDescriptor.Singleton<ICallerResolver, PlatformOrKeyCallerResolver>());
        }

        services.Configure<CycleOpeningOptions>(configuration.GetSection(CycleOpeningOptions.Section));
        services.TryAddSingleton<IPlanAreas, BlobPlanAreas>();
        services.TryAddSingleton<IIncomingResultStore, BlobIncomingResultStore>();
        return services;
    }

    /// <summary>The app's own address for links in emails when <c>Email:PublicBaseUrl</c> is not set: App Service sets
    /// WEBSITE_HOSTNAME ("app.azurewebsites.net", served over https; "localhost:7071" under Core Tools).</summary>
    public static string OwnAddress(IConfiguration configuration) => configuration[WebsiteHostNameKey] switch
    {
        { Length: > 0 } host when host.StartsWith("localhost", StringComparison.OrdinalIgnoreCase)
            || host.StartsWith("127.0.0.1", StringComparison.Ordinal) => $"http://{host}",
        { Length: > 0 } host => $"https://{host}",
        _ => "http://localhost:7071",
    };

    public static bool IsPlatformSignInOn(IConfiguration configuration) =>
        string.Equals(configuration[PlatformSignInKey], "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(configuration[WebsiteAuthEnabledKey], "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Without SendGrid, emails go to an outbox folder: on Azure only the temp folder is writable (and not
    /// kept), so configure SendGrid there; every sent email is also kept in blob storage by the sent-email log.</summary>
    private static string OutboxRoot() => Path.Combine(Path.GetTempPath(), "bcf-functions");
}
