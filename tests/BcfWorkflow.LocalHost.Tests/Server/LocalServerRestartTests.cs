using System.Net;
using System.Text.Json;
using BcfWorkflow.LocalHost.Tests.Support;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Testing;
using BcfWorkflow.Testing.Server;

namespace BcfWorkflow.LocalHost.Tests.Server;

[Collection(AzuriteCollection.Name)]
public sealed class LocalServerRestartTests(AzuriteFixture azurite) : IDisposable
{
    readonly string dataDir = Path.Combine(Path.GetTempPath(), $"bcf-restart-{Guid.NewGuid():N}");

    [Fact]
    public async Task Server_SecondHostOnTheSameDataFolder_IsRefusedAndTheFirstKeepsWorking()
    {
        // Found trying the product: a second bcf serve on the same folder stopped the first one's storage as "left over".
        var area = TestArea.Create();
        await using var first = await TestServer.StartAsync(azurite, area, Unique.TaskHub(), dataDir);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => TestServer.StartAsync(azurite, area, Unique.TaskHub(), dataDir));

        Assert.Contains($"another bcf serve is already using the data folder {dataDir} (process {Environment.ProcessId})", refused.Message, StringComparison.Ordinal);
        using var api = new ApiClient(first.BaseAddress);
        using var health = await api.SendAsync(HttpMethod.Get, "api/health", key: null);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Server_RestartedMidCycle_CycleCompletesWithEveryVersionAndNoEmailTwice()
    {
        var area = TestArea.Create();
        var taskHub = Unique.TaskHub();
        var contributors = area.Plan.Contributors.Select(c => c.Id).ToList();
        var firstHalf = contributors.Take(5).ToList();

        DateTimeOffset restartedAt;
        await using (var first = await TestServer.StartAsync(azurite, area, taskHub, dataDir))
        {
            using var api = new ApiClient(first.BaseAddress);
            var now = DateTimeOffset.UtcNow;
            Assert.Equal(HttpStatusCode.Created, (await api.PostPlanAsync(TestArea.LeadKey, area.PlanJson)).StatusCode);
            // The lead's sign-off reminder (at the submission date) is a durable timer due after the restart.
            Assert.Equal(HttpStatusCode.Accepted, (await api.OpenCycleAsync(TestArea.LeadKey, area, now.AddSeconds(20), now.AddSeconds(25))).StatusCode);
            foreach (var id in firstHalf)
            {
                Assert.Equal(HttpStatusCode.Accepted, (await api.PutReturnAsync(TestArea.KeyOf(id), area.CycleId, id, TestArea.Return(id))).StatusCode);
            }
            await api.WaitForAsync(TestArea.LeadKey, area.CycleId, v => firstHalf.All(id => v.Contributors.Any(c => c.Id == id && c.Versions == 1)));
        }

        restartedAt = DateTimeOffset.UtcNow;
        await using (var second = await TestServer.StartAsync(azurite, area, taskHub, dataDir))
        {
            using var api = new ApiClient(second.BaseAddress);
            foreach (var id in contributors.Skip(5))
            {
                Assert.Equal(HttpStatusCode.Accepted, (await api.PutReturnAsync(TestArea.KeyOf(id), area.CycleId, id, TestArea.Return(id))).StatusCode);
            }
            var reminded = await api.WaitForAsync(TestArea.LeadKey, area.CycleId, v => v is { Stage: CycleStages.AwaitingSignOff, SignOffRemindersSent: >= 1 });
            Assert.Equal(HttpStatusCode.Accepted, (await api.DecideAsync(TestArea.LeadKey, area.CycleId, new { decision = "approve", confirmIncomplete = true })).StatusCode);
            var done = await api.WaitForAsync(TestArea.LeadKey, area.CycleId, v => v.Stage == CycleStages.Completed);

            Assert.All(done.Contributors, c => Assert.Equal((ContributorStates.Submitted, 1), (c.State, c.Versions)));
            foreach (var id in contributors)
            {
                using var versions = await api.SendAsync(HttpMethod.Get, $"api/cycles/{area.CycleId}/returns/{id}", TestArea.LeadKey);
                using var list = JsonDocument.Parse(await versions.Content.ReadAsStringAsync());
                Assert.Equal(1, list.RootElement.GetArrayLength());
            }
            Assert.True(reminded.SignOffRemindersSent >= 1);
        }

        var sent = Directory.GetFiles(Path.Combine(dataDir, "outbox"), "*.eml").Select(Path.GetFileName).ToList();
        var ids = sent.Select(name => name![(name!.IndexOf('-', StringComparison.Ordinal) + 1)..]).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(contributors.Count, ids.Count(id => id.Contains("_request_", StringComparison.Ordinal)));
        var reminder = Directory.GetFiles(Path.Combine(dataDir, "outbox"), "*_sign-off-reminder_1.eml").Single();
        Assert.True(File.GetLastWriteTimeUtc(reminder) >= restartedAt.UtcDateTime, "the sign-off reminder timer fired after the restart");
    }

    public void Dispose()
    {
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
