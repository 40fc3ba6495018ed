using BcfWorkflow.Functions.Hosting;
using BcfWorkflow.Functions.Incoming;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Functions.Blobs;

public static class ProcessIncomingReturn
{
    /// <summary>A contributor's return dropped into <c>bcf/incoming/{area}/{contributor}/</c> (Event Grid source, as
    /// Flex Consumption requires; connection "Storage" is the identity-based <c>Storage__*</c> settings).</summary>
    [Function(nameof(ProcessIncomingReturn))]
    public static async Task Run(
        [BlobTrigger("bcf/incoming/{area}/{contributor}/{name}", Source = BlobTriggerSource.EventGrid, Connection = "Storage")] byte[] content,
        string area,
        string contributor,
        string name,
        [DurableClient] DurableTaskClient client,
        FunctionContext context)
    {
        await TriggerFactory.From(context).IncomingReturns(client).ProcessAsync(new IncomingDrop(area, contributor, name), content, context.CancellationToken);
    }
}
