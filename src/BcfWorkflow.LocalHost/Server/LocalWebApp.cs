using BcfWorkflow.Adapters;
using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Api.Web;
using BcfWorkflow.LocalHost.Engine;
using BcfWorkflow.LocalHost.Storage;
using BcfWorkflow.Orchestrations;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>The web application of the local host: the shared API and pages, the adapters, the application service and
/// a Durable Task worker and client connected to the engine.</summary>
internal static class LocalWebApp
{
    /// <param name="journal">The write-ahead record of acknowledgements when the storage is Azurite on disk, else null.</param>
    public static WebApplication Build(LocalServerOptions options, string dataDir, string storageConnectionString, DurableEngine engine, FileReceiptJournal? journal)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(LocalWebApp).Assembly.GetName().Name,
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(options.Configuration);
        builder.WebHost.UseUrls(options.Urls);
        LocalServerLogging.Configure(builder.Logging, options);
        if (!options.HandleShutdownSignals)
        {
            builder.Services.AddSingleton<IHostLifetime, ManualHostLifetime>();
        }

        builder.Services.AddBcfApi(builder.Configuration);
        if ((options.Schedule ?? ScheduleConfiguration.Read(options.Configuration)) is { } schedule)
        {
            builder.Services.PostConfigure<ApiOptions>(api => api.Schedule = schedule);
        }

        builder.Services.AddBcfAdapters(builder.Configuration, dataDir, storageConnectionString);
        if (journal is not null)
        {
            builder.Services.AddSingleton<IReceiptJournal>(journal);
        }
        builder.Services.AddBcfEmailLinks(builder.Configuration, ListeningAddress);
        builder.Services.AddBcfApplication();
        builder.Services.AddHostedService<ReturnReconciler>();
        builder.Services.AddBcfDurableWorker(engine.Channel, registry => registry.AddBcfTasks());
        builder.Services.AddBcfDurableClient(engine.Channel);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<UnavailableDependencyHandler>();
        builder.Services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage")
            .AddCheck<EngineHealthCheck>("engine");

        WebApplication app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { SuppressDiagnosticsCallback = _ => true });
        app.MapBcfApi();
        app.MapBcfWeb();
        return app;
    }

    /// <summary>The first address Kestrel listens on (the actual port when 0 was asked for); a wildcard host
    /// ("0.0.0.0", "[::]") becomes localhost, since no one can open a link to it.</summary>
    private static string ListeningAddress(IServiceProvider services)
    {
        string address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? LocalServerOptions.DefaultUrls;
        var uri = new UriBuilder(address);
        if (uri.Host is "0.0.0.0" or "[::]" or "::" or "+" or "*")
        {
            uri.Host = "localhost";
        }
        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
