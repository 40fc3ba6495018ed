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
                ? Part("plain", message.TextBody)
                : new MultipartAlternative { Part("plain", message.TextBody), Part("html", message.HtmlBody) },
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

    /// <summary>Quoted-printable, so "£" and other non-ASCII text travel as 7-bit lines any mail system or .eml reader
    /// takes (raw 8-bit bytes with no transfer encoding declared are read as 7-bit and garbled by some).</summary>
    static TextPart Part(string subtype, string text) =>
        new(subtype) { Text = text, ContentTransferEncoding = ContentEncoding.QuotedPrintable };

    /// <summary>The message as RFC 5322 bytes (an .eml file).</summary>
    public byte[] ToRfc5322(EmailMessage message)
    {
        using var stream = new MemoryStream();
        Create(message).WriteTo(stream);
        return stream.ToArray();
    }
}
