using Microsoft.Extensions.Hosting;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>A host lifetime that leaves Ctrl+C and SIGTERM to the caller (the demo and tests stop the server themselves).</summary>
internal sealed class ManualHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
