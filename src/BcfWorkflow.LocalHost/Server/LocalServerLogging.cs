using BcfWorkflow.LocalHost.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>Logs what the cycle is doing (our own categories at Information), not every gRPC call.</summary>
public static class LocalServerLogging
{
    public static void Configure(ILoggingBuilder logging, LocalServerOptions options)
    {
        logging.ClearProviders();
        if (options.ConfigureLogging is { } configure)
        {
            configure(logging);
        }
        else
        {
            logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
                console.ColorBehavior = LoggerColorBehavior.Default;
            });
        }

        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddBcfQuietFilters();
        logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
        logging.AddFilter("BcfWorkflow", LogLevel.Information);
    }
}
