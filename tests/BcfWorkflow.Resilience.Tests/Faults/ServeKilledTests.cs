using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using BcfWorkflow.LocalHost.Storage;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Resilience.Tests.Support;
using BcfWorkflow.Testing;
using BcfWorkflow.Testing.Server;
using Xunit.Abstractions;

namespace BcfWorkflow.Resilience.Tests.Faults;

/// <summary><c>bcf serve</c> killed with SIGKILL mid-cycle (its Azurite child left running, as after a crash) and started
/// again on the same data: no submission lost, no email sent twice, the cycle completes.</summary>
public sealed class ServeKilledTests(ITestOutputHelper output) : IAsyncLifetime
{
    readonly ServeHosts hosts = new(output, "killed");

    [Fact]
    public Task BcfServe_KilledWhileCollecting_CycleCompletesWithEverySubmissionAndNoEmailTwice() =>
        RunCycleAsync(killAwaitingSignOff: false, killAfterApproval: false);

    [LongFact]
    public Task BcfServe_KilledWhileCollectingAwaitingSignOffAndAfterApproval_CycleCompletesWithEverySubmissionAndNoEmailTwice() =>
        RunCycleAsync(killAwaitingSignOff: true, killAfterApproval: true);

    async Task RunCycleAsync(bool killAwaitingSignOff, bool killAfterApproval)
    {
        int seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"kill points from seed {seed}");
        var area = TestArea.Create();
        var environment = ServeEnvironment.For(area, Unique.TaskHub());
        var contributors = area.Plan.Contributors.Select(c => c.Id).ToList();

        var serve = await StartAsync(environment);
        var api = new ApiClient(serve.BaseAddress);
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.Created, (await api.PostPlanAsync(TestArea.LeadKey, area.PlanJson)).StatusCode);
        // Reminders, "late" and the lead's sign-off reminder are durable timers that fall around the kills.
        Assert.Equal(HttpStatusCode.Accepted, (await api.OpenCycleAsync(TestArea.LeadKey, area, now.AddSeconds(15), now.AddSeconds(20))).StatusCode);
        foreach (var id in contributors.Take(5))
        {
            await UploadAsync(api, area, id);
        }

        // A random point while the engine is still taking the submissions in (events, status, emails).
        (serve, api) = await KillAndRestartAsync(serve, api, environment, random.Next(0, 1500), "collecting");
        foreach (var id in contributors.Skip(5).Append(contributors[0]))
        {
            await UploadAsync(api, area, id);
        }

        await api.WaitForAsync(TestArea.LeadKey, area.CycleId, v => v.Stage == CycleStages.AwaitingSignOff);
        if (killAwaitingSignOff)
        {
            (serve, api) = await KillAndRestartAsync(serve, api, environment, random.Next(0, 1000), "awaiting sign-off");
        }

        Assert.Equal(HttpStatusCode.Accepted, (await api.DecideAsync(TestArea.LeadKey, area.CycleId, new { decision = "approve", confirmIncomplete = true })).StatusCode);
        if (killAfterApproval)
        {
            (serve, api) = await KillAndRestartAsync(serve, api, environment, random.Next(0, 1500), "after approval (emitting)");
        }

        var done = await api.WaitForAsync(TestArea.LeadKey, area.CycleId, v => v.Stage == CycleStages.Completed);
        Assert.All(done.Contributors, c => Assert.Equal((ContributorStates.Submitted, 1), (c.State, c.Versions)));
        foreach (var id in contributors)
        {
            using var versions = await api.SendAsync(HttpMethod.Get, $"api/cycles/{area.CycleId}/returns/{id}", TestArea.LeadKey);
            using var list = JsonDocument.Parse(await versions.Content.ReadAsStringAsync());
            var version = Assert.Single(list.RootElement.EnumerateArray());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(TestArea.Return(id))), version.GetProperty("sha256").GetString());
        }

        foreach (var format in new[] { "json", "csv", "xlsx" })
        {
            using var template = await api.SendAsync(HttpMethod.Get, $"api/cycles/{area.CycleId}/template.{format}", TestArea.LeadKey);
            Assert.Equal(HttpStatusCode.OK, template.StatusCode);
            Assert.NotEmpty(await template.Content.ReadAsByteArrayAsync());
        }

        api.Dispose();
        var sent = Outbox.MessageIds(hosts.DataDir);
        output.WriteLine($"{sent.Count} emails in the outbox");
        Assert.Empty(Outbox.Duplicates(hosts.DataDir));
        Assert.Equal(contributors.Count, sent.Count(id => id.Contains("_request_", StringComparison.Ordinal)));
        Assert.Contains(sent, id => id.Contains("_final_", StringComparison.Ordinal));
    }

    static async Task UploadAsync(ApiClient api, TestArea area, string id)
    {
        using var response = await api.PutReturnAsync(TestArea.KeyOf(id), area.CycleId, id, TestArea.Return(id));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    Task<BcfServeProcess> StartAsync(Dictionary<string, string> environment) => hosts.StartAsync(environment);

    /// <summary>Waits <paramref name="delayMs"/> (the random kill point), SIGKILLs the host only, then starts a new host
    /// on the same data, which must stop the Azurite the killed host left behind.</summary>
    async Task<(BcfServeProcess, ApiClient)> KillAndRestartAsync(BcfServeProcess serve, ApiClient api, Dictionary<string, string> environment, int delayMs, string when)
    {
        await Task.Delay(delayMs);
        int? orphan = hosts.AzuritePid;
        serve.KillHard();
        api.Dispose();
        output.WriteLine($"killed bcf serve {serve.ProcessId} {when}, {delayMs} ms after the last step; its Azurite {orphan} left running");
        Assert.True(orphan is { } pid && OwnProcesses.IsRunning(pid, "azurite"), "the killed host's Azurite outlives it");

        var restarted = await StartAsync(environment);
        Assert.False(OwnProcesses.IsRunning(orphan!.Value, "azurite"), "the new host stopped the orphaned Azurite");
        Assert.NotEqual(orphan, hosts.AzuritePid);
        return (restarted, new ApiClient(restarted.BaseAddress));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await hosts.DisposeAsync();
}
