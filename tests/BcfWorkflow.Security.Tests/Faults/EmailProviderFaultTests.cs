using BcfWorkflow.Adapters.Email;
using BcfWorkflow.Orchestrations;
using BcfWorkflow.Orchestrations.Activities;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;
using BcfWorkflow.Testing;
using BcfWorkflow.Testing.Ports;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using BcfWorkflow.Security.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BcfWorkflow.Security.Tests.Faults;

/// <summary>The SendEmail activity with the workflow's retry policy, over the real SendGrid adapter, against an
/// endpoint that fails: it succeeds within the bounded attempts and the email is recorded (and sent) once.</summary>
public sealed class EmailProviderFaultTests
{
    private const string SendOnce = "SendOnce";

    [Theory]
    [InlineData(new[] { 500, 500 }, 3)]
    [InlineData(new[] { 0 }, 2)]
    [InlineData(new[] { 503, 0, 429 }, 4)]
    public async Task SendEmail_ProviderFailsThenRecovers_SucceedsWithBoundedAttemptsAndRecordsOnce(int[] script, int expectedRequests)
    {
        await using var sendGrid = await FlakySendGrid.StartAsync(script);
        var sentLog = new InMemorySentEmailLog();
        await using var host = await StartAsync(sendGrid, sentLog);
        var message = Request("cycle-1/request/blaby", "returns@blaby.example.gov.uk");

        var first = await RunAsync(host.Client, message);
        var rerun = await RunAsync(host.Client, message);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, first.RuntimeStatus);
        Assert.True(first.ReadOutputAs<bool>());
        Assert.False(rerun.ReadOutputAs<bool>());
        Assert.Equal(expectedRequests, sendGrid.Requests);
        Assert.True(await sentLog.HasSentAsync("cycle-1", message.MessageId));
    }

    /// <summary>2 + 4 + 8 + 16 s of backoff, so only in the long run.</summary>
    [LongFact]
    public async Task SendEmail_ProviderNeverRecovers_FailsAfterTheBoundedAttempts()
    {
        await using var sendGrid = await FlakySendGrid.StartAsync([.. Enumerable.Repeat(500, 100)]);
        var sentLog = new InMemorySentEmailLog();
        await using var host = await StartAsync(sendGrid, sentLog);
        var message = Request("cycle-1/request/county", "returns@county.example.gov.uk");

        var result = await RunAsync(host.Client, message);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal(5, sendGrid.Requests);
        Assert.False(await sentLog.HasSentAsync("cycle-1", message.MessageId));
    }

    private static EmailDraft Request(string messageId, string to) =>
        new(messageId, EmailPurposes.Request, "cycle-1", to, "A council", EmailAudience.Contributor,
            new EmailCycle(TestPlan.Area, TestPlan.Year, "Q2", "BCF Lead", TestPlan.LeadEmail), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(7),
            About: new RosterContributor("council", "A council", to, []));

    private static async Task<OrchestrationMetadata> RunAsync(DurableTaskClient client, EmailDraft message)
    {
        var id = await client.ScheduleNewOrchestrationInstanceAsync(SendOnce, message);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        return await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
    }

    private static Task<DurableTaskTestHost> StartAsync(FlakySendGrid sendGrid, ISentEmailLog sentLog) =>
        InProcessTestHost.StartAsync(
            registry => registry
                .AddBcfTasks()
                .AddOrchestratorFunc<EmailDraft, bool>(SendOnce, (context, message) =>
                    context.CallActivityAsync<bool>(nameof(SendEmail), message, ActivityRetry.Options)),
            new DurableTaskTestHostOptions
            {
                LoggerFactory = NullLoggerFactory.Instance,
                ConfigureServices = services =>
                {
                    services.AddHttpClient(SendGridOptions.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(1));
                    services.AddSingleton(new SendGridOptions { ApiKey = "SG.test-key", Host = sendGrid.BaseAddress });
                    services.AddSingleton(new EmailOptions());
                    services.AddSingleton<IEmailSender, SendGridEmailSender>();
                    services.AddSingleton(sentLog);
                    services.AddSingleton(TestLinks.Links);
                    services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
                },
            });
}
