using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Emails;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Activities;

/// <summary>Writes the email for a draft (<see cref="EmailWriter"/>, with links to the configured public address) and
/// sends it at most once per <see cref="EmailDraft.MessageId"/>: returns false when the log says it was already sent
/// (a retried or re-run activity).</summary>
/// <remarks>The check, the send and the record are not atomic: a crash after the provider accepted the email and
/// before <see cref="ISentEmailLog.RecordAsync"/> completes makes the retry send it again. That window is a few
/// milliseconds; closing it would need the provider to deduplicate by message id.</remarks>
public sealed class SendEmail(IEmailSender sender, ISentEmailLog sentLog, EmailLinks links) : TaskActivity<EmailDraft, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, EmailDraft input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await sentLog.HasSentAsync(input.CycleId, input.MessageId))
        {
            return false;
        }
        var message = EmailWriter.Write(input, links);
        await sender.SendAsync(message);
        await sentLog.RecordAsync(input.CycleId, message);
        return true;
    }
}
