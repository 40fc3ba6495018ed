using System.Collections.Concurrent;
using BcfWorkflow.Functions.Incoming;

namespace BcfWorkflow.Functions.Tests.Support;

public sealed class RecordingIncomingResultStore : IIncomingResultStore
{
    private readonly ConcurrentDictionary<string, IncomingReturnResult> written = new();

    public IReadOnlyDictionary<string, IncomingReturnResult> Written => written;

    public Task WriteAsync(IncomingDrop drop, IncomingReturnResult result, CancellationToken cancellationToken = default)
    {
        written[drop.ResultBlobName] = result;
        return Task.CompletedTask;
    }
}
