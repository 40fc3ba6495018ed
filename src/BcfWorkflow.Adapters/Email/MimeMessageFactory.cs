using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.Orchestrations.Contracts;
using MimeKit;

namespace BcfWorkflow.Adapters.Email;

/// <summary>Turns the workflow's <see cref="EmailMessage"/> into a MIME message: multipart/alternative (text, then HTML,
/// the part clients prefer last) when the message has HTML, else plain text. The Message-ID is derived from the
/// workflow's deterministic id, so the same logical email always carries the same Message-ID.</summary>
public sealed class MimeMessageFactory(EmailOptions options, TimeProvider clock)
{
    public const string MessageIdDomain = "bcf-workflow.local";
    public const string WorkflowIdHeader = "X-Bcf-Message-Id";
    public const string PurposeHeader = "X-Bcf-Purpose";

    public MimeMessage Create(EmailMessage message)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = clock.GetUtcNow(),
            MessageId = $"{BlobNames.Safe(message.MessageId)}@{MessageIdDomain}",
            Body = message.HtmlBody is null
                ? new TextPart("plain") { Text = message.TextBody }
                : new MultipartAlternative
                {
                    new TextPart("plain") { Text = message.TextBody },
                    new TextPart("html") { Text = message.HtmlBody },
                },
        };
        mime.From.Add(new MailboxAddress(options.FromName, options.From));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.To));
        mime.Headers.Add(WorkflowIdHeader, message.MessageId);
        if (message.Purpose.Length > 0)
        {
            mime.Headers.Add(PurposeHeader, message.Purpose);
        }

        return mime;
    }

    /// <summary>The message as RFC 5322 bytes (an .eml file).</summary>
    public byte[] ToRfc5322(EmailMessage message)
    {
        using var stream = new MemoryStream();
        Create(message).WriteTo(stream);
        return stream.ToArray();
    }
}
