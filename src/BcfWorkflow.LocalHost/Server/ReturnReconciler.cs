using BcfWorkflow.Orchestrations.Application;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>Runs <see cref="CycleService.ReconcileRunningCyclesAsync"/> when the server starts (a host stopped between
/// storing a version and raising its event) and then every <see cref="Interval"/>.</summary>
internal sealed class ReturnReconciler(CycleService cycles, TimeProvider clock, ILogger<ReturnReconciler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var raised = await cycles.ReconcileRunningCyclesAsync(stoppingToken);
                if (raised > 0)
                {
                    logger.LogWarning("Raised {Count} stored returns again that their workflows had not applied", raised);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not reconcile stored returns; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
