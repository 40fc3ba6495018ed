using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.Adapters.Email;

/// <summary>"Sends" by writing <c>{folder}/{n}-{messageId}.eml</c>, n counting up, when no email service is configured.
/// A message id already in the folder is not written again: the outbox itself is idempotent, which closes the window
/// in which a host killed between sending and recording would send an email twice.</summary>
public sealed class OutboxEmailSender(string folder, MimeMessageFactory messages, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        byte[] content = messages.ToRfc5322(message);
        string id = BlobNames.Safe(message.MessageId);
        if (Directory.EnumerateFiles(folder, $"*-{id}.eml").Any())
        {
            logger.LogInformation("Email {MessageId} is already in the outbox; not written again", message.MessageId);
            return;
        }
        while (true)
        {
            int n = Directory.EnumerateFiles(folder, "*.eml").Count() + 1;
            string path = Path.Combine(folder, $"{n:D4}-{id}.eml");
            try
            {
                // CreateNew: two senders racing for the same number never overwrite each other.
                await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                await file.WriteAsync(content, cancellationToken);
                logger.LogInformation("Email {Purpose} to {To} written to {Path}", message.Purpose, message.To, path);
                return;
            }
            catch (IOException) when (File.Exists(path))
            {
            }
        }
    }
}
