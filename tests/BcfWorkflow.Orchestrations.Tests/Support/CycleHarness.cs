using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Testing;
using BcfWorkflow.Testing.Ports;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace BcfWorkflow.Orchestrations.Tests.Support;

/// <summary>The workflow on the in-process Durable Task host with in-memory ports. Disposing terminates and purges
/// every instance the test started, so nothing is left running.</summary>
public sealed class CycleHarness : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(45);

    private DurableTaskTestHost? host;
    private CycleService? service;

    public DurableTaskTestHost Host => host ?? throw new InvalidOperationException("Not started.");
    public DurableTaskClient Client => Host.Client;
    public CycleService Service => service ??= new CycleService(Client, Plans, Returns, Audit, CycleIndex, TimeProvider.System);
    public InMemoryPorts Ports { get; } = new();
    public InMemoryPlanStore Plans => Ports.Plans;
    public InMemoryReturnStore Returns => Ports.Returns;
    public InMemoryTemplateStore Templates => Ports.Templates;
    public RecordingEmailSender Emails => Ports.Emails;
    public InMemoryAuditLog Audit => Ports.Audit;
    public InMemoryCycleIndex CycleIndex => Ports.CycleIndex;
    public InMemoryLeadAnswersStore LeadAnswers => Ports.LeadAnswers;

    /// <summary>Reminder offsets, grace and intervals in seconds, so a scenario takes seconds.</summary>
    public static CycleScheduleOptions Seconds(double[] offsets, double grace = 60, double signOffInterval = 60, double sendBackAllowance = 30) =>
        new([.. offsets.Select(TimeSpan.FromSeconds)], TimeSpan.FromSeconds(grace), TimeSpan.FromSeconds(signOffInterval), TimeSpan.FromSeconds(sendBackAllowance));

    /// <param name="moreTasks">Test-only orchestrators or activities registered next to the workflow's.</param>
    public static async Task<CycleHarness> StartAsync(Action<DurableTaskRegistry>? moreTasks = null)
    {
        var harness = new CycleHarness();
        harness.host = await InProcessTestHost.StartAsync(
            registry =>
            {
                registry.AddBcfTasks();
                moreTasks?.Invoke(registry);
            },
            new DurableTaskTestHostOptions
            {
                LoggerFactory = NullLoggerFactory.Instance,
                ConfigureServices = harness.Ports.Register,
            });
        await harness.Plans.SaveAsync(TestPlan.Create());
        return harness;
    }

    public async Task<string> OpenAsync(TimeSpan contributorsDueIn, TimeSpan submissionDueIn, CycleScheduleOptions options)
    {
        var now = DateTimeOffset.UtcNow;
        var opened = await Service.OpenCycleAsync(TestPlan.Area, TestPlan.Year, "Q2", now + contributorsDueIn, now + submissionDueIn, options);
        Assert.Equal(OpenCycleStatus.Opened, opened.Status);
        return opened.CycleId!;
    }

    public async Task<StoredReturn> SubmitAsync(string cycleId, string contributorId, decimal spend)
    {
        var result = await Service.SubmitReturnAsync(cycleId, contributorId, $"{contributorId}.csv", TestPlan.Return(contributorId, spend), $"user@{contributorId}");
        Assert.True(result.Status == SubmitReturnStatus.Accepted, $"{contributorId}: {result.Status} {string.Join("; ", result.Issues)}");
        return result.Stored!;
    }

    /// <summary>Polls the cycle's status until <paramref name="condition"/> holds (fails after a deadline).</summary>
    public async Task<CycleStatus> WaitForStatusAsync(string cycleId, Func<CycleStatus, bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Deadline);
        CycleStatus? status = null;
        while (!timeout.IsCancellationRequested)
        {
            status = await Service.GetStatusAsync(cycleId);
            if (status is not null && condition(status))
            {
                return status;
            }
            var metadata = await Client.GetInstanceAsync(cycleId, getInputsAndOutputs: true);
            if (metadata?.RuntimeStatus is OrchestrationRuntimeStatus.Failed)
            {
                Assert.Fail($"The cycle failed while waiting for {what}: {metadata.FailureDetails}");
            }
            await Task.Delay(50);
        }
        Assert.Fail($"Timed out waiting for {what}; last status: {System.Text.Json.JsonSerializer.Serialize(status)}");
        return status!;
    }

    public Task<CycleStatus> WaitForSignOffAsync(string cycleId, int round) =>
        WaitForStatusAsync(cycleId, s => s.Stage == CycleStages.AwaitingSignOff && s.SignOffRound == round, $"sign-off round {round}");

    public async Task<(OrchestrationMetadata Metadata, CycleResult Result)> WaitForCompletionAsync(string cycleId)
    {
        using var timeout = new CancellationTokenSource(Deadline);
        var metadata = await Client.WaitForInstanceCompletionAsync(cycleId, getInputsAndOutputs: true, timeout.Token);
        Assert.True(metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{metadata.RuntimeStatus}: {metadata.FailureDetails}");
        return (metadata, metadata.ReadOutputAs<CycleResult>()!);
    }

    public async ValueTask DisposeAsync()
    {
        var instances = Client.GetAllInstancesAsync(new OrchestrationQuery());
        var ids = new List<(string Id, OrchestrationRuntimeStatus Status)>();
        await foreach (var instance in instances)
        {
            ids.Add((instance.InstanceId, instance.RuntimeStatus));
        }
        foreach (var (id, status) in ids.Where(i => i.Status is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended))
        {
            await Client.TerminateInstanceAsync(id);
        }
        foreach (var (id, _) in ids)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await Client.WaitForInstanceCompletionAsync(id, timeout.Token);
            await Client.PurgeInstanceAsync(id);
        }
        await Host.DisposeAsync();
    }
}
