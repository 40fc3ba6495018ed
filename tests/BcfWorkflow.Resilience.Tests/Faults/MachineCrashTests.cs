using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using BcfWorkflow.LocalHost.Storage;
using BcfWorkflow.Resilience.Tests.Support;
using BcfWorkflow.Testing;
using BcfWorkflow.Testing.Server;
using Xunit.Abstractions;

namespace BcfWorkflow.Resilience.Tests.Faults;

/// <summary>A 202 is a promise: <c>bcf serve</c> and its storage die together right after contributors' uploads were
/// answered (as in a power cut or an out-of-memory kill: Azurite saves its metadata only every 5 s), or the terminal
/// that ran <c>bcf serve</c> hangs up. After a restart every answered upload is there with its content and its audit
/// entry, and a version number never names two contents.</summary>
public sealed class MachineCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    const int SigHup = 1;
    readonly ServeHosts hosts = new(output, "crash");

    [Fact]
    public Task BcfServeAndStorage_KilledTogetherRightAfterUploads_EveryAcceptedUploadIsKeptAndNoVersionNumberIsReused() =>
        UploadStopAndRestartAsync(KillStorageThenHost);

    [Fact]
    public Task BcfServe_HungUp_StopsCleanlyAndEveryAcceptedUploadIsKept() =>
        UploadStopAndRestartAsync(HangUp);

    async Task UploadStopAndRestartAsync(Action<BcfServeProcess> stop)
    {
        var area = TestArea.Create();
        var environment = ServeEnvironment.For(area, Unique.TaskHub());
        var contributors = area.Plan.Contributors.Select(c => c.Id).Take(4).ToList();
        var serve = await StartAsync(environment);
        var api = new ApiClient(serve.BaseAddress);
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.Created, (await api.PostPlanAsync(TestArea.LeadKey, area.PlanJson)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await api.OpenCycleAsync(TestArea.LeadKey, area, now.AddDays(7), now.AddDays(14))).StatusCode);
        // The cycle was opened earlier, as on a real deadline day: its workflows have started (every request email has
        // gone) and Azurite has saved them. What the crash takes is the uploads' last seconds.
        await api.WaitForAsync(TestArea.LeadKey, area.CycleId, v => v.Contributors.Count == area.Plan.Contributors.Count);
        await WaitUntilAsync(() => Outbox.MessageIds(hosts.DataDir).Count(m => m.Contains("_request_", StringComparison.Ordinal)) == area.Plan.Contributors.Count,
            "every request email sent");
        await AzuriteSavedTwiceAsync();

        // Two versions each, as fast as they are answered; the storage is killed the moment the last 202 arrives.
        var accepted = new List<(string Contributor, int Version, string Sha256)>();
        foreach (var version in new[] { 1, 2 })
        {
            foreach (var id in contributors)
            {
                accepted.Add(await UploadAsync(api, area, id, version));
            }
        }
        stop(serve);
        api.Dispose();

        serve = await StartAsync(environment);
        api = new ApiClient(serve.BaseAddress);
        foreach (var id in contributors)
        {
            using var response = await api.SendAsync(HttpMethod.Get, $"api/cycles/{area.CycleId}/returns/{id}", TestArea.LeadKey);
            using var listed = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var kept = listed.RootElement.EnumerateArray().Select(v => (id, v.GetProperty("version").GetInt32(), v.GetProperty("sha256").GetString()!)).ToList();
            Assert.Equal(accepted.Where(a => a.Contributor == id).ToList(), kept);
        }

        using (var auditResponse = await api.SendAsync(HttpMethod.Get, $"api/cycles/{area.CycleId}/audit", TestArea.LeadKey))
        {
            using var audit = JsonDocument.Parse(await auditResponse.Content.ReadAsStringAsync());
            var ids = audit.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet();
            Assert.All(accepted, a => Assert.Contains($"{area.CycleId}/submitted/{a.Contributor}/v{a.Version}", ids));
        }

        // Every view counts them at once, and the next upload takes the next number, never a lost one.
        var status = await api.GetCycleAsync(TestArea.LeadKey, area.CycleId);
        Assert.All(contributors, id => Assert.Equal(2, status.Contributors.Single(c => c.Id == id).Versions));
        var next = await UploadAsync(api, area, contributors[0], 3);
        Assert.Equal(3, next.Version);
        // The engine is told of them too (the journal and the reconciler raise what was lost): the workflow applies them.
        await api.WaitForAsync(TestArea.LeadKey, area.CycleId,
            v => contributors.All(id => v.Contributors.Single(c => c.Id == id) is { BeingProcessed: false, Versions: >= 2 }));
        api.Dispose();
    }

    /// <summary>Waits until Azurite has saved its queue and table databases twice from now (it saves every 5 s while
    /// something changed), so everything the engine did before now is on disk.</summary>
    async Task AzuriteSavedTwiceAsync()
    {
        string[] files = [.. new[] { "queue", "table" }.Select(db => Path.Combine(hosts.DataDir, "azurite", $"__azurite_db_{db}__.json"))];
        foreach (var file in files)
        {
            var seen = File.Exists(file) ? File.GetLastWriteTimeUtc(file) : DateTime.MinValue;
            for (var saves = 0; saves < 2; saves++)
            {
                var before = seen;
                await WaitUntilAsync(() => File.Exists(file) && (seen = File.GetLastWriteTimeUtc(file)) > before, $"Azurite saved {Path.GetFileName(file)}");
            }
        }
    }

    static async Task WaitUntilAsync(Func<bool> reached, string what)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (!reached())
        {
            try
            {
                await Task.Delay(100, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Not reached in 120 s: {what}.");
            }
        }
    }

    /// <summary>Azurite first (SIGKILL: it cannot save), then the host: what a power cut does.</summary>
    void KillStorageThenHost(BcfServeProcess serve)
    {
        int azurite = hosts.AzuritePid ?? throw new InvalidOperationException("no Azurite pid file");
        OwnProcesses.Kill(azurite, "azurite");
        serve.KillHard();
        output.WriteLine($"killed Azurite {azurite} and bcf serve {serve.ProcessId}");
    }

    /// <summary>SIGHUP, as when the SSH session that ran bcf serve drops: a clean stop of everything it started.</summary>
    void HangUp(BcfServeProcess serve)
    {
        int azurite = hosts.AzuritePid ?? throw new InvalidOperationException("no Azurite pid file");
        Assert.Equal(0, Kill(serve.ProcessId, SigHup));
        Assert.True(serve.WaitForExit(TimeSpan.FromSeconds(60)), "bcf serve stops on SIGHUP");
        Assert.False(OwnProcesses.IsRunning(azurite, "azurite"), "bcf serve stopped its Azurite on SIGHUP");
        output.WriteLine($"bcf serve {serve.ProcessId} stopped on SIGHUP with exit code {serve.ExitCode}");
    }

    /// <summary>The sample return with <paramref name="version"/> blank lines after it: the same figures, other bytes.</summary>
    static async Task<(string Contributor, int Version, string Sha256)> UploadAsync(ApiClient api, TestArea area, string id, int version)
    {
        var content = TestArea.Return(id).Concat(Encoding.ASCII.GetBytes(new string('\n', version))).ToArray();
        using var response = await api.PutReturnAsync(TestArea.KeyOf(id), area.CycleId, id, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{id}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return (id, json.RootElement.GetProperty("version").GetInt32(), json.RootElement.GetProperty("sha256").GetString()!);
    }

    Task<BcfServeProcess> StartAsync(Dictionary<string, string> environment) => hosts.StartAsync(environment);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await hosts.DisposeAsync();
}
