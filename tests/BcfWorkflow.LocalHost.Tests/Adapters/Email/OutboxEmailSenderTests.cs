using BcfWorkflow.Adapters.Email;
using BcfWorkflow.Orchestrations.Contracts;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

public sealed class OutboxEmailSenderTests : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), $"bcf-outbox-{Guid.NewGuid():N}");

    OutboxEmailSender Sender() => new(
        folder, new MimeMessageFactory(new EmailOptions { From = "bcf@council.example.gov.uk" }, TimeProvider.System), NullLogger<OutboxEmailSender>.Instance);

    [Fact]
    public async Task Send_TwoMessages_WritesNumberedEmlFiles()
    {
        await Sender().SendAsync(new EmailMessage("cycle-1/request/1", "a@example.gov.uk", "First", "one", EmailPurposes.Request));
        await Sender().SendAsync(new EmailMessage("cycle-1/reminder/1", "b@example.gov.uk", "Second", "two", EmailPurposes.Reminder));

        string[] files = [.. Directory.GetFiles(folder).Select(Path.GetFileName).Order()!];
        Assert.Equal(["0001-cycle-1_request_1.eml", "0002-cycle-1_reminder_1.eml"], files);
        MimeMessage second = await MimeMessage.LoadAsync(Path.Combine(folder, files[1]));
        Assert.Equal("Second", second.Subject);
        Assert.Equal("bcf@council.example.gov.uk", second.From.Mailboxes.Single().Address);
        Assert.Equal("b@example.gov.uk", second.To.Mailboxes.Single().Address);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
