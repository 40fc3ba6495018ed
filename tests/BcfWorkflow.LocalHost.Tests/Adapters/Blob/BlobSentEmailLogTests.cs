using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.Adapters.Email;
using BcfWorkflow.LocalHost.Tests.Support;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Testing;
using MimeKit;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Blob;

[Collection(AzuriteCollection.Name)]
public sealed class BlobSentEmailLogTests(AzuriteFixture azurite)
{
    readonly BcfContainer container = azurite.Container();

    BlobSentEmailLog Log() => new(container, new MimeMessageFactory(new EmailOptions(), TimeProvider.System));

    [Fact]
    public async Task Record_ThenHasSent_IsTrueOnlyForThatMessage()
    {
        string cycle = Unique.CycleId();
        var email = new EmailMessage($"{cycle}/reminder/1", "dfg@blaby.example.gov.uk", "Reminder", "Please send your return.", EmailPurposes.Reminder);

        await Log().RecordAsync(cycle, email);
        await Log().RecordAsync(cycle, email);

        Assert.True(await Log().HasSentAsync(cycle, email.MessageId));
        Assert.False(await Log().HasSentAsync(cycle, $"{cycle}/reminder/2"));
    }

    [Fact]
    public async Task Record_StoresTheRfc5322Message()
    {
        string cycle = Unique.CycleId();
        var email = new EmailMessage($"{cycle}/request/1", "dfg@melton.example.gov.uk", "Q2 return due", "Dear Melton,\nplease send.", EmailPurposes.Request, "Melton DFG");

        await Log().RecordAsync(cycle, email);
        var blobs = await container.GetAsync();
        var content = await blobs.GetBlobClient($"emails/{cycle}/{cycle}_request_1.eml").DownloadContentAsync();
        MimeMessage parsed = MimeMessage.Load(content.Value.Content.ToStream());

        Assert.Equal("Q2 return due", parsed.Subject);
        Assert.Equal("dfg@melton.example.gov.uk", parsed.To.Mailboxes.Single().Address);
        Assert.Equal(email.MessageId, parsed.Headers[MimeMessageFactory.WorkflowIdHeader]);
        Assert.Contains("please send.", parsed.TextBody, StringComparison.Ordinal);
    }
}
