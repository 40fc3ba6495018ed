using Microsoft.Extensions.Logging;

namespace BcfWorkflow.LocalHost.Engine;

/// <summary>Keeps the logs about what the cycle does: gRPC, Kestrel and Durable Task internals only at Warning.</summary>
public static class QuietLogging
{
    static readonly string[] NoisyCategories =
    [
        "Grpc",
        "Microsoft.AspNetCore",
        "DurableTask.Core",
        "DurableTask.AzureStorage",
        "Microsoft.DurableTask",
        "Azure.Core",
        "System.Net.Http.HttpClient",
    ];

    public static ILoggingBuilder AddBcfQuietFilters(this ILoggingBuilder logging)
    {
        foreach (string category in NoisyCategories)
        {
            logging.AddFilter(category, LogLevel.Warning);
        }

        return logging;
    }
}
