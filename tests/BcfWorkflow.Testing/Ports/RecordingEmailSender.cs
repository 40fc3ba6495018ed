using System.Collections.Concurrent;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Testing.Ports;

/// <summary>Records every email "sent", in order, so tests assert counts, recipients and purposes. Can hold the
/// request emails (the contributor orchestrations then sit in their first activity) until released.</summary>
/// <param name="keepMessages">False: count the emails without keeping them (the bench sends thousands and measures
/// its memory).</param>
public sealed class RecordingEmailSender(bool keepMessages = true) : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> sent = new();
    private readonly TaskCompletionSource requestGate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool holdRequests;
    private int requestsHeld;
    private int sentCount;

    public IReadOnlyList<EmailMessage> Sent => [.. sent];

    /// <summary>Every email sent, kept or not.</summary>
    public int SentCount => Volatile.Read(ref sentCount);

    public int RequestsHeld => Volatile.Read(ref requestsHeld);

    public IReadOnlyList<EmailMessage> To(string address) =>
        [.. sent.Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase))];

    public int Count(string address, string purpose) => To(address).Count(m => m.Purpose == purpose);

    public void HoldRequests() => holdRequests = true;

    public void ReleaseRequests() => requestGate.TrySetResult();

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        if (holdRequests && message.Purpose == EmailPurposes.Request)
        {
            Interlocked.Increment(ref requestsHeld);
            await requestGate.Task.WaitAsync(cancellationToken);
        }
        if (keepMessages)
        {
            sent.Enqueue(message);
        }
        Interlocked.Increment(ref sentCount);
    }
}
