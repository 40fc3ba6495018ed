using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.Extensions.Logging;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace BcfWorkflow.Adapters.Email;

/// <summary>Sends through SendGrid's v3 API; a refused request throws so the activity's retry policy acts.</summary>
public sealed class SendGridEmailSender(
    IHttpClientFactory httpClients, SendGridOptions options, EmailOptions sender, ILogger<SendGridEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var clientOptions = new SendGridClientOptions { ApiKey = options.ApiKey };
        if (!string.IsNullOrWhiteSpace(options.Host))
        {
            clientOptions.Host = options.Host;
        }

        var client = new SendGridClient(httpClients.CreateClient(SendGridOptions.HttpClientName), clientOptions);
        SendGridMessage mail = MailHelper.CreateSingleEmail(
            new EmailAddress(sender.From, sender.FromName),
            new EmailAddress(message.To, message.ToName),
            message.Subject,
            message.TextBody,
            message.HtmlBody);
        mail.AddHeader(MimeMessageFactory.WorkflowIdHeader, message.MessageId);
        if (message.Purpose.Length > 0)
        {
            mail.AddCategory(message.Purpose);
        }

        Response response = await client.SendEmailAsync(mail, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            string body = await response.Body.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"SendGrid refused email {message.MessageId}: {(int)response.StatusCode} {body}", null, response.StatusCode);
        }

        logger.LogInformation("Email {Purpose} to {To} sent through SendGrid", message.Purpose, message.To);
    }
}
