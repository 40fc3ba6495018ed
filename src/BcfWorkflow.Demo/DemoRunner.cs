using Azure.Storage.Blobs;
using BcfWorkflow.LocalHost.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BcfWorkflow.Demo;

/// <summary><c>bcf demo</c>: starts the local stack on fresh data, plays a whole cycle with a compressed clock, copies the
/// results into --out and prints the final figures. Always stops the stack.</summary>
public static class DemoRunner
{
    const string TaskHub = "bcfdemo";

    /// <param name="output">Where the demo writes (live on a terminal when this is <see cref="Console.Out"/>).</param>
    /// <param name="error">Where a failure or an interruption is said.</param>
    /// <param name="clock">When the lead opens the cycle (its due dates are counted from it).</param>
    /// <returns>True when the cycle ran to the end and --out holds its results; false after a message on <paramref name="error"/>.</returns>
    public static async Task<bool> RunAsync(DemoSettings settings, TextWriter output, TextWriter error, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(error);
        var live = DemoConsole.CanGoLive(output, settings.Plain);
        var console = DemoConsole.Create(output, live);
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
            var script = new DemoScript(api, board, users, DemoCast.Leicestershire, clock);
            IDemoView view = live ? new LiveDemoView(console) : new PlainDemoView(output);
            string? cycleId = null;
            await view.RunAsync(board, async () => cycleId = await script.RunAsync(cancellationToken));

            var outputs = await DemoOutputs.CollectAsync(api, users.LeadKey, server.Services.GetRequiredService<BlobServiceClient>(), cycleId!, cancellationToken);
            outputs.WriteTo(settings.OutDir);
            DemoReport.Print(console, board, outputs, cycleId!, settings.OutDir, border, printContributors: !live);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("bcf demo: interrupted; stopping the local stack.");
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error.WriteLine($"bcf demo: failed: {e.Message}");
            return false;
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
