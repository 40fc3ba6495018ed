using System.Collections.Concurrent;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Cli.Bench.Ports;

public sealed class BenchSentEmailLog : ISentEmailLog
{
    private readonly ConcurrentDictionary<(string, string), bool> sent = new();

    public Task<bool> HasSentAsync(string cycleId, string messageId, CancellationToken cancellationToken = default) =>
        Task.FromResult(sent.ContainsKey((cycleId, messageId)));

    public Task RecordAsync(string cycleId, EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        sent[(cycleId, message.MessageId)] = true;
        return Task.CompletedTask;
    }
}
