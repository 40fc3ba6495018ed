using System.Net;
using System.Text.Json;
using BcfWorkflow.LocalHost.Server;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Resilience.Tests.Support;
using BcfWorkflow.Testing;
using BcfWorkflow.Testing.Server;
using Microsoft.Extensions.Configuration;
using Xunit.Abstractions;

namespace BcfWorkflow.Resilience.Tests.Faults;

/// <summary>Storage goes away mid-cycle (Azurite stopped) and comes back (started again on the same data and ports):
/// the API answers 503 problems meanwhile, stores nothing half-way, and the cycle then completes.</summary>
public sealed class StorageOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    static readonly TimeSpan HealthLimit = TimeSpan.FromSeconds(90);
    readonly string dataDir = Path.Combine(Path.GetTempPath(), $"bcf-outage-{Guid.NewGuid():N}");
    ExternalAzurite azurite = null!;

    [Fact]
    public async Task LocalServer_StorageStoppedAndStartedAgain_UploadIs503ThenCycleCompletes()
    {
        var area = TestArea.Create();
        var contributors = area.Plan.Contributors.Select(c => c.Id).ToList();
        var settings = area.Users();
        settings[LocalServer.HubNameKey] = Unique.TaskHub();
        settings[LocalServer.LeaseIntervalKey] = ServeEnvironment.LeaseSeconds;
        await using var server = await LocalServer.StartAsync(new LocalServerOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDir = dataDir,
            StorageConnectionString = azurite.ConnectionString,
            Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            Schedule = new([TimeSpan.Zero], TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10)),
            ConfigureLogging = _ => { },
        });
        using var api = new ApiClient(server.BaseAddress);
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.Created, (await api.PostPlanAsync(TestArea.LeadKey, area.PlanJson)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await api.OpenCycleAsync(TestArea.LeadKey, area, now.AddMinutes(10), now.AddMinutes(20))).StatusCode);
        var before = contributors.Take(4).ToList();
        foreach (var id in before)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await api.PutReturnAsync(TestArea.KeyOf(id), area.CycleId, id, TestArea.Return(id))).StatusCode);
        }
        await api.WaitForAsync(TestArea.LeadKey, area.CycleId, v => before.All(id => v.Contributors.Any(c => c.Id == id && c.Versions == 1)));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await azurite.StopAsync();
        var health = await WaitForHealthAsync(api, HttpStatusCode.ServiceUnavailable);
        output.WriteLine($"storage down ({clock.Elapsed.TotalSeconds:F1} s): health {health}");
        Assert.Contains("storage", health, StringComparison.Ordinal);

        var during = contributors[4];
        using (var rejected = await api.PutReturnAsync(TestArea.KeyOf(during), area.CycleId, during, TestArea.Return(during)))
        {
            var body = await rejected.Content.ReadAsStringAsync();
            output.WriteLine($"upload while storage is down ({clock.Elapsed.TotalSeconds:F1} s): {(int)rejected.StatusCode} {body}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, rejected.StatusCode);
            Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(rejected.Headers.RetryAfter);
        }

        await azurite.StartAsync();
        var restarted = clock.Elapsed;
        await WaitForHealthAsync(api, HttpStatusCode.OK);
        output.WriteLine($"storage back at {restarted.TotalSeconds:F1} s, healthy at {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Empty(await VersionsAsync(api, area, during));

        foreach (var id in contributors.Skip(4))
        {
            using var accepted = await api.PutReturnAsync(TestArea.KeyOf(id), area.CycleId, id, TestArea.Return(id));
            Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, $"{id}: {(int)accepted.StatusCode} {await accepted.Content.ReadAsStringAsync()}");
        }
        await api.WaitForAsync(TestArea.LeadKey, area.CycleId, v => v.Stage == CycleStages.AwaitingSignOff);
        Assert.Equal(HttpStatusCode.Accepted, (await api.DecideAsync(TestArea.LeadKey, area.CycleId, new { decision = "approve", confirmIncomplete = true })).StatusCode);
        var done = await api.WaitForAsync(TestArea.LeadKey, area.CycleId, v => v.Stage == CycleStages.Completed);
        output.WriteLine($"cycle completed at {clock.Elapsed.TotalSeconds:F1} s");

        Assert.All(done.Contributors, c => Assert.Equal((ContributorStates.Submitted, 1), (c.State, c.Versions)));
        foreach (var id in contributors)
        {
            Assert.Single(await VersionsAsync(api, area, id));
        }
        using var template = await api.SendAsync(HttpMethod.Get, $"api/cycles/{area.CycleId}/template.csv", TestArea.LeadKey);
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Empty(Outbox.Duplicates(dataDir));
    }

    static async Task<List<JsonElement>> VersionsAsync(ApiClient api, TestArea area, string id)
    {
        using var response = await api.SendAsync(HttpMethod.Get, $"api/cycles/{area.CycleId}/returns/{id}", TestArea.LeadKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. list.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>Polls <c>/api/health</c> until it answers <paramref name="expected"/>; returns its body.</summary>
    static async Task<string> WaitForHealthAsync(ApiClient api, HttpStatusCode expected)
    {
        using var deadline = new CancellationTokenSource(HealthLimit);
        while (true)
        {
            using var response = await api.SendAsync(HttpMethod.Get, "api/health", key: null);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == expected)
            {
                return body;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), deadline.Token);
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataDir);
        azurite = new ExternalAzurite(Path.Combine(dataDir, "storage"));
        await azurite.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await azurite.DisposeAsync();
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
