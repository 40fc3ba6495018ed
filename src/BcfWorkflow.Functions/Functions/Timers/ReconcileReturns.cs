using BcfWorkflow.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.Functions.Timers;

public static class ReconcileReturns
{
    /// <summary>Every five minutes, and when the app starts.</summary>
    public const string Schedule = "0 */5 * * * *";

    /// <summary>Raises again what a stored return's upload left undone (an instance that stopped between storing the
    /// version and raising its event): see CycleService.ReconcileAsync.</summary>
    [Function(nameof(ReconcileReturns))]
    public static async Task Run(
        [TimerTrigger(Schedule, RunOnStartup = true)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        FunctionContext context)
    {
        var raised = await HandlerFactory.CycleService(context.InstanceServices, client).ReconcileRunningCyclesAsync(context.CancellationToken);
        if (raised > 0)
        {
            context.GetLogger(nameof(ReconcileReturns)).LogWarning("Raised {Count} stored returns again that their workflows had not applied", raised);
        }
    }
}
