using BcfWorkflow.LocalHost.Storage;
using Xunit.Abstractions;

namespace BcfWorkflow.Resilience.Tests.Support;

/// <summary>The <c>bcf serve</c> processes a test starts, one after another, on one data folder and port, and the Azurites
/// they start. Disposing stops every one of them by PID (printing the output of any still running) and deletes the folder.</summary>
public sealed class ServeHosts(ITestOutputHelper output, string name) : IAsyncDisposable
{
    readonly List<BcfServeProcess> hosts = [];
    readonly HashSet<int> azurites = [];

    public string DataDir { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"bcf-{name}-{Guid.NewGuid():N}")).FullName;

    public int Port { get; } = FreeTcpPort.Next();

    /// <summary>The Azurite the latest host started (from its pid file), or null.</summary>
    public int? AzuritePid => OwnProcesses.AzuritePid(DataDir);

    public async Task<BcfServeProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var serve = await BcfServeProcess.StartAsync(DataDir, Port, environment);
        hosts.Add(serve);
        if (AzuritePid is { } azurite)
        {
            azurites.Add(azurite);
        }
        return serve;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            if (!host.HasExited)
            {
                output.WriteLine(host.Output.Length > 4000 ? host.Output[^4000..] : host.Output);
            }
            await host.DisposeAsync();
        }
        foreach (int pid in azurites)
        {
            OwnProcesses.Kill(pid, "azurite");
        }
        if (Directory.Exists(DataDir))
        {
            Directory.Delete(DataDir, recursive: true);
        }
    }
}
