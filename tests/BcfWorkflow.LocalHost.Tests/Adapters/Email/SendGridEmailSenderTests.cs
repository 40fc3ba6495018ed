using System.Net;
using System.Text.Json;
using BcfWorkflow.Adapters.Email;
using BcfWorkflow.Orchestrations.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

public sealed class SendGridEmailSenderTests
{
    static readonly EmailMessage Reminder = new(
        "bcf-2024-25-Q2/reminder/1", "dfg@blaby.example.gov.uk", "Your Q2 return is due", "Please send it by Friday.",
        EmailPurposes.Reminder, "Blaby DFG");

    static SendGridEmailSender Sender(string host, ServiceProvider services) => new(
        services.GetRequiredService<IHttpClientFactory>(),
        new SendGridOptions { ApiKey = "SG.test-key", Host = host },
        new EmailOptions { From = "bcf@leics.example.gov.uk", FromName = "Leicestershire BCF" },
        NullLogger<SendGridEmailSender>.Instance);

    [Fact]
    public async Task Send_PostsMailSendWithBearerKeyAndMessage()
    {
        await using var server = await FakeSendGridServer.StartAsync();
        await using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

        await Sender(server.BaseAddress, services).SendAsync(Reminder);

        CapturedRequest request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/v3/mail/send", "Bearer SG.test-key"), (request.Method, request.Path, request.Authorization));
        using var body = JsonDocument.Parse(request.Body);
        JsonElement root = body.RootElement;
        Assert.Equal("bcf@leics.example.gov.uk", root.GetProperty("from").GetProperty("email").GetString());
        JsonElement personalization = root.GetProperty("personalizations")[0];
        JsonElement to = personalization.GetProperty("to")[0];
        Assert.Equal(("dfg@blaby.example.gov.uk", "Blaby DFG"), (to.GetProperty("email").GetString(), to.GetProperty("name").GetString()));
        Assert.Equal("Your Q2 return is due", personalization.GetProperty("subject").GetString());
        Assert.Equal("Please send it by Friday.", root.GetProperty("content")[0].GetProperty("value").GetString());
        Assert.Equal(Reminder.MessageId, personalization.GetProperty("headers").GetProperty(MimeMessageFactory.WorkflowIdHeader).GetString());
    }

    [Fact]
    public async Task Send_WithHtml_SendsTextAndHtmlContent()
    {
        await using var server = await FakeSendGridServer.StartAsync();
        await using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

        await Sender(server.BaseAddress, services).SendAsync(Reminder with { HtmlBody = "<p>Please send it by Friday.</p>" });

        using var body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        var content = body.RootElement.GetProperty("content").EnumerateArray()
            .Select(c => (c.GetProperty("type").GetString(), c.GetProperty("value").GetString())).ToList();
        Assert.Equal([("text/plain", "Please send it by Friday."), ("text/html", "<p>Please send it by Friday.</p>")], content);
    }

    [Fact]
    public async Task Send_ServiceRefuses_Throws()
    {
        await using var server = await FakeSendGridServer.StartAsync(HttpStatusCode.BadRequest);
        await using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Sender(server.BaseAddress, services).SendAsync(Reminder));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }
}
