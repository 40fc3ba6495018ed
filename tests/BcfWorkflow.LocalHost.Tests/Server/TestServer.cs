using BcfWorkflow.LocalHost.Server;
using BcfWorkflow.LocalHost.Tests.Support;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Testing.Server;
using Microsoft.Extensions.Configuration;

namespace BcfWorkflow.LocalHost.Tests.Server;

/// <summary>A <see cref="LocalServer"/> on the shared Azurite with the test area's users, a task hub of its own and schedules in seconds.</summary>
public static class TestServer
{
    public static readonly CycleScheduleOptions SecondsSchedule = new(
        [TimeSpan.FromSeconds(-2), TimeSpan.Zero], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));

    public static Task<LocalServer> StartAsync(AzuriteFixture azurite, TestArea area, string taskHub, string dataDir, long maxUploadBytes = 1024 * 1024)
    {
        var settings = area.Users();
        settings[LocalServer.HubNameKey] = taskHub;
        settings["Api:MaxUploadBytes"] = maxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return LocalServer.StartAsync(new LocalServerOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDir = dataDir,
            StorageConnectionString = azurite.ConnectionString,
            Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            Schedule = SecondsSchedule,
            ConfigureLogging = _ => { },
        });
    }
}
