using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Activities;

/// <summary>Sends an email at most once per <see cref="EmailMessage.MessageId"/>: returns false when the log says it
/// was already sent (a retried or re-run activity).</summary>
/// <remarks>The check, the send and the record are not atomic: a crash after the provider accepted the email and
/// before <see cref="ISentEmailLog.RecordAsync"/> completes makes the retry send it again. That window is a few
/// milliseconds; closing it would need the provider to deduplicate by message id.</remarks>
public sealed class SendEmail(IEmailSender sender, ISentEmailLog sentLog) : TaskActivity<EmailMessage, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, EmailMessage input)
    {
        if (await sentLog.HasSentAsync(input.CycleId, input.MessageId))
        {
            return false;
        }
        await sender.SendAsync(input);
        await sentLog.RecordAsync(input.CycleId, input);
        return true;
    }
}
