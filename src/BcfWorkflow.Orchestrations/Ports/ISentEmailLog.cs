using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Ports;

/// <summary>Remembers which emails (by <see cref="EmailMessage.MessageId"/>) a cycle has sent, so a retried
/// activity sends no second email.</summary>
public interface ISentEmailLog
{
    Task<bool> HasSentAsync(string cycleId, string messageId, CancellationToken cancellationToken = default);

    /// <summary>Records a sent email; recording the same message id again is harmless.</summary>
    Task RecordAsync(string cycleId, EmailMessage message, CancellationToken cancellationToken = default);
}
