using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace BcfWorkflow.Adapters.Email;

/// <summary>Sends through an SMTP server with MailKit; a failure throws so the activity's retry policy acts.</summary>
public sealed class SmtpEmailSender(SmtpOptions options, MimeMessageFactory messages, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        MimeMessage mime = messages.Create(message);
        if (!string.IsNullOrWhiteSpace(options.From))
        {
            mime.From.Clear();
            mime.From.Add(MailboxAddress.Parse(options.From));
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(options.Host ?? throw new InvalidOperationException("Smtp:Host is not set."), options.Port, options.Security, cancellationToken);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Email {Purpose} to {To} sent through {Host}", message.Purpose, message.To, options.Host);
    }
}
