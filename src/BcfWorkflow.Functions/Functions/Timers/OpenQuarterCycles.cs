using BcfWorkflow.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Functions.Timers;

public static class OpenQuarterCycles
{
    /// <summary>NCRONTAB for the app setting <c>OpenCyclesSchedule</c>: 06:00 UTC on the day after each quarter ends.</summary>
    public const string DefaultSchedule = "0 0 6 1 1,4,7,10 *";

    /// <summary>Opens the ended quarter's cycles on the schedule in the app setting <c>OpenCyclesSchedule</c>.</summary>
    [Function(nameof(OpenQuarterCycles))]
    public static async Task Run(
        [TimerTrigger("%OpenCyclesSchedule%")] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        FunctionContext context)
    {
        await TriggerFactory.From(context).QuarterOpener(client).OpenLastEndedQuarterAsync(context.CancellationToken);
    }
}
