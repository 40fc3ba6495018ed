using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Ports;

/// <summary>Sends one email (SendGrid, SMTP or an outbox folder in the hosts).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
