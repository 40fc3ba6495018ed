using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.Extensions.Logging;
using Notify.Client;

namespace BcfWorkflow.Adapters.Email;

/// <summary>Sends through GOV.UK Notify with one generic template (subject and body as personalisation, the body the
/// plain-text letter, from which Notify writes its own HTML); the workflow's message id is the reference. A refused
/// request throws (NotifyClientException) so the activity's retry policy acts.</summary>
public sealed class NotifyEmailSender(IHttpClientFactory httpClients, NotifyOptions options, ILogger<NotifyEmailSender> logger) : IEmailSender
{
    private readonly Uri? baseAddress = string.IsNullOrWhiteSpace(options.BaseUrl) ? null : new Uri(options.BaseUrl);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        using var http = new NotifyHttpClient(httpClients.CreateClient(NotifyOptions.HttpClientName), baseAddress);
        var client = new NotificationClient(http, options.ApiKey);
        var personalisation = new Dictionary<string, dynamic>
        {
            [NotifyOptions.SubjectField] = message.Subject,
            [NotifyOptions.BodyField] = message.TextBody,
        };
        await client.SendEmailAsync(message.To, options.TemplateId, personalisation, clientReference: message.MessageId, emailReplyToId: null);
        logger.LogInformation("Email {Purpose} to {To} sent through GOV.UK Notify", message.Purpose, message.To);
    }
}
