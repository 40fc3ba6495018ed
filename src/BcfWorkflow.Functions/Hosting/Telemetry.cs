using Azure.Core;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace BcfWorkflow.Functions.Hosting;

/// <summary>OpenTelemetry from the worker (its logs, traces of invocations, Durable Task and HTTP) to Application
/// Insights, when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set; with Entra ID auth when the authentication
/// string asks for it (the infra sets <c>Authorization=AAD</c>, so no instrumentation key is trusted alone).</summary>
public static class Telemetry
{
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationStringKey = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public static bool AddBcfTelemetry(this IServiceCollection services, IConfiguration configuration, Func<TokenCredential> credential)
    {
        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }
        var useEntraId = (configuration[AuthenticationStringKey] ?? "").Contains("Authorization=AAD", StringComparison.OrdinalIgnoreCase);
        services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddSource("Microsoft.DurableTask"))
            .UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = connectionString;
                if (useEntraId)
                {
                    options.Credential = credential();
                }
            });
        return true;
    }
}
