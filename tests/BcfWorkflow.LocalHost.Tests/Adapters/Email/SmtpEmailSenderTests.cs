using System.Text.Json;
using BcfWorkflow.Adapters.Email;
using BcfWorkflow.LocalHost.Tests.Support;
using BcfWorkflow.Orchestrations.Contracts;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

public sealed class SmtpEmailSenderTests(Smtp4devServer smtp) : IClassFixture<Smtp4devServer>
{
    [Fact]
    public async Task Send_ToRealSmtpServer_MessageArrives()
    {
        var sender = new SmtpEmailSender(
            new SmtpOptions { Host = "127.0.0.1", Port = smtp.SmtpPort, Security = SecureSocketOptions.None },
            new MimeMessageFactory(new EmailOptions { From = "bcf@leics.example.gov.uk" }, TimeProvider.System),
            NullLogger<SmtpEmailSender>.Instance);
        string subject = $"Q2 return due {Guid.NewGuid():N}";

        await sender.SendAsync(new EmailMessage("cycle/request/1", "dfg@charnwood.example.gov.uk", subject, "Please send.", EmailPurposes.Request,
            HtmlBody: "<p>Please send.</p>"));

        JsonElement arrived = Assert.Single(await smtp.MessagesAsync(), m => m.GetProperty("subject").GetString() == subject);
        Assert.Equal("bcf@leics.example.gov.uk", arrived.GetProperty("from").GetString());
        Assert.Equal(["dfg@charnwood.example.gov.uk"], arrived.GetProperty("to").EnumerateArray().Select(t => t.GetString()));
    }
}
