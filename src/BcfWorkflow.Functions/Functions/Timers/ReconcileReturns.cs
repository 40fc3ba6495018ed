using BcfWorkflow.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.Functions.Timers;

public static class ReconcileReturns
{
    /// <summary>Every five minutes. Not on start-up: a scaled-out app starts instances often, and each would scan every
    /// running cycle; a version left behind waits at most one period (and the workflows check the store themselves).</summary>
    public const string Schedule = "0 */5 * * * *";

    /// <summary>Raises again what a stored return's upload left undone (an instance that stopped between storing the
    /// version and raising its event): see CycleService.ReconcileAsync.</summary>
    [Function(nameof(ReconcileReturns))]
    public static async Task Run(
        [TimerTrigger(Schedule)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        FunctionContext context)
    {
        var raised = await CycleServices.From(context).Cycles(client).ReconcileRunningCyclesAsync(context.CancellationToken);
        if (raised > 0)
        {
            context.GetLogger(nameof(ReconcileReturns)).LogWarning("Raised {Count} stored returns again that their workflows had not applied", raised);
        }
    }
}
