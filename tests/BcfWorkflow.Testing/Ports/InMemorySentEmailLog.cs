using System.Collections.Concurrent;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Testing.Ports;

/// <summary>The ids of the emails sent, per cycle (the message itself is in <see cref="RecordingEmailSender"/>).</summary>
public sealed class InMemorySentEmailLog : ISentEmailLog
{
    private readonly ConcurrentDictionary<(string CycleId, string MessageId), bool> sent = new();

    public Task<bool> HasSentAsync(string cycleId, string messageId, CancellationToken cancellationToken = default) =>
        Task.FromResult(sent.ContainsKey((cycleId, messageId)));

    public Task RecordAsync(string cycleId, EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        sent.TryAdd((cycleId, message.MessageId), true);
        return Task.CompletedTask;
    }
}
