using Azure.Storage.Blobs;
using BcfWorkflow.LocalHost.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BcfWorkflow.Cli.Demo;

/// <summary><c>bcf demo</c>: starts the local stack on fresh data, plays a whole cycle with a compressed clock, copies the
/// results into --out and prints the final figures. Always stops the stack.</summary>
internal static class DemoRunner
{
    const string TaskHub = "bcfdemo";

    public static async Task<int> RunAsync(CliContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var live = DemoConsole.CanGoLive(context, settings.Plain);
        var console = DemoConsole.Create(context, live);
        var border = live ? TableBorder.Rounded : TableBorder.Ascii;
        var ownsData = settings.DataDir is null;
        var dataDir = settings.DataDir ?? Path.Combine(Path.GetTempPath(), $"bcf-demo-{Guid.NewGuid():N}");
        try
        {
            var samples = DemoSamples.Load(settings.SamplesRoot);
            var users = DemoUsers.For(samples.Plan);
            console.WriteLine($"bcf demo: {samples.Plan.Area} {samples.Plan.Year} Q2, {samples.Plan.Contributors.Count} contributors, a quarter in about a minute.");
            console.WriteLine($"Starting Azurite, the durable engine and the API (data in {dataDir}) ...");
            await using var server = await LocalServer.StartAsync(ServerOptions(samples, users, dataDir), cancellationToken);
            console.WriteLine($"Local host on {server.BaseAddress} (task hub {server.TaskHubName}).");

            using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var api = new DemoApiClient(http);
            var board = new DemoBoard(samples);
            var script = new DemoScript(api, board, users, DemoCast.Leicestershire, context.Clock);
            IDemoView view = live ? new LiveDemoView(console) : new PlainDemoView(context.Out);
            string? cycleId = null;
            await view.RunAsync(board, async () => cycleId = await script.RunAsync(cancellationToken));

            var outputs = await DemoOutputs.CollectAsync(api, users.LeadKey, server.Services.GetRequiredService<BlobServiceClient>(), cycleId!, cancellationToken);
            outputs.WriteTo(settings.OutDir);
            DemoReport.Print(console, board, outputs, cycleId!, settings.OutDir, border, printContributors: !live);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Error.WriteLine("bcf demo: interrupted; stopping the local stack.");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.Error.WriteLine($"bcf demo: failed: {e.Message}");
            return ExitCodes.Failed;
        }
        finally
        {
            if (ownsData)
            {
                TryDelete(dataDir);
            }
        }
    }

    static LocalServerOptions ServerOptions(DemoSamples samples, DemoUsers users, string dataDir)
    {
        var settings = users.ToConfiguration(samples.Plan);
        settings[LocalServer.HubNameKey] = TaskHub;
        return new LocalServerOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDir = dataDir,
            Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            Schedule = DemoSchedule.Options,
            ConfigureLogging = _ => { },
        };
    }

    static void TryDelete(string dataDir)
    {
        try
        {
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
        catch (IOException)
        {
            // Azurite may still be closing its files; the temporary folder is left behind.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
