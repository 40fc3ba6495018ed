using System.Net;
using System.Text.Json;
using BcfWorkflow.Adapters.Email;
using BcfWorkflow.Orchestrations.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Notify.Exceptions;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

public sealed class NotifyEmailSenderTests
{
    const string TemplateId = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    static readonly EmailMessage Reminder = new(
        "leicestershire-2024-25-q2-blaby/reminder/1", "dfg@blaby.example.gov.uk", "Reminder: your return is due by 5pm on Friday 18 October 2024",
        "Dear Blaby District Council,\n\nIt is due by 5pm on Friday 18 October 2024.\n", EmailPurposes.Reminder, "Blaby District Council",
        "leicestershire-2024-25-q2", "<p>Dear Blaby District Council,</p>");

    static NotifyEmailSender Sender(string baseUrl, ServiceProvider services, string apiKey = "") => new(
        services.GetRequiredService<IHttpClientFactory>(),
        new NotifyOptions { ApiKey = apiKey.Length > 0 ? apiKey : FakeNotifyServer.ApiKey, TemplateId = TemplateId, BaseUrl = baseUrl },
        NullLogger<NotifyEmailSender>.Instance);

    [Fact]
    public async Task Send_PostsTheGenericTemplateWithSubjectBodyAndReference()
    {
        await using var server = await FakeNotifyServer.StartAsync();
        await using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

        await Sender(server.BaseAddress, services).SendAsync(Reminder);

        Assert.Empty(server.Refusals);
        CapturedRequest request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/v2/notifications/email"), (request.Method, request.Path));
        using var body = JsonDocument.Parse(request.Body);
        JsonElement root = body.RootElement;
        Assert.Equal("dfg@blaby.example.gov.uk", root.GetProperty("email_address").GetString());
        Assert.Equal(TemplateId, root.GetProperty("template_id").GetString());
        Assert.Equal(Reminder.MessageId, root.GetProperty("reference").GetString());
        JsonElement personalisation = root.GetProperty("personalisation");
        Assert.Equal(Reminder.Subject, personalisation.GetProperty(NotifyOptions.SubjectField).GetString());
        Assert.Equal(Reminder.TextBody, personalisation.GetProperty(NotifyOptions.BodyField).GetString());
    }

    [Fact]
    public async Task Send_WrongKey_NotifyRefusesAndTheSenderThrows()
    {
        await using var server = await FakeNotifyServer.StartAsync();
        await using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        string wrongSecret = $"bcf_test-{FakeNotifyServer.ServiceId}-00000000-0000-0000-0000-000000000000";

        await Assert.ThrowsAsync<NotifyClientException>(() => Sender(server.BaseAddress, services, wrongSecret).SendAsync(Reminder));

        Assert.Equal(["bad signature"], server.Refusals);
    }

    [Fact]
    public async Task Send_ServiceRefuses_Throws()
    {
        await using var server = await FakeNotifyServer.StartAsync(HttpStatusCode.BadRequest);
        await using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

        var error = await Assert.ThrowsAsync<NotifyClientException>(() => Sender(server.BaseAddress, services).SendAsync(Reminder));

        Assert.Contains("400", error.Message, StringComparison.Ordinal);
    }
}
