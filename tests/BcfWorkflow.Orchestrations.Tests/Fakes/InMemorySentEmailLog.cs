using System.Collections.Concurrent;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Tests.Fakes;

public sealed class InMemorySentEmailLog : ISentEmailLog
{
    private readonly ConcurrentDictionary<(string, string), EmailMessage> sent = new();

    public Task<bool> HasSentAsync(string cycleId, string messageId, CancellationToken cancellationToken = default) =>
        Task.FromResult(sent.ContainsKey((cycleId, messageId)));

    public Task RecordAsync(string cycleId, EmailMessage message, CancellationToken cancellationToken = default)
    {
        sent.TryAdd((cycleId, message.MessageId), message);
        return Task.CompletedTask;
    }
}
