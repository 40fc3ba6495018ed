using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using BcfWorkflow.LocalHost.Server;
using BcfWorkflow.Resilience.Tests.Support;
using BcfWorkflow.Testing;
using BcfWorkflow.Testing.Server;
using Microsoft.Extensions.Configuration;
using Xunit.Abstractions;

namespace BcfWorkflow.Resilience.Tests.Load;

/// <summary>A bounded load generator on loopback: one worker per contributor of a 50-contributor plan, all uploading at
/// once for a while (new versions, identical repeats, invalid files) against a real <see cref="LocalServer"/> (Azurite,
/// durable engine, API). No 5xx; 400 only for the invalid files; every accepted version in storage, counted by every
/// status read made after its 202, and applied by the orchestrations soon after the load stops.</summary>
public sealed class UploadLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    const int Contributors = 50;
    readonly string dataDir = Path.Combine(Path.GetTempPath(), $"bcf-load-{Guid.NewGuid():N}");

    [Fact]
    public Task Uploads_FiftyConcurrentForFiveSeconds_NoServerErrorAndNothingLost() => RunAsync(TimeSpan.FromSeconds(5), catchUpLimit: TimeSpan.FromSeconds(240));

    [LongFact]
    public Task Uploads_FiftyConcurrentForSixtySeconds_NoServerErrorAndNothingLost() => RunAsync(TimeSpan.FromSeconds(60), catchUpLimit: TimeSpan.FromMinutes(10));

    /// <param name="catchUpLimit">How long the orchestrations may take, after the load stops, to show every version.</param>
    async Task RunAsync(TimeSpan duration, TimeSpan catchUpLimit)
    {
        var area = LoadArea.Create(Contributors);
        var settings = area.Users();
        settings[LocalServer.HubNameKey] = Unique.TaskHub();
        await using var server = await LocalServer.StartAsync(new LocalServerOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDir = dataDir,
            // On disk, as bcf serve runs: the figures include the journal's fsyncs (docs/design/durable-receipts.md).
            // BCF_LOAD_STORAGE=memory measures without them (Azurite in memory, no journal), for comparison.
            InMemoryStorage = Environment.GetEnvironmentVariable("BCF_LOAD_STORAGE") == "memory",
            Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            Schedule = new([TimeSpan.Zero], TimeSpan.FromDays(1), TimeSpan.FromDays(1), TimeSpan.FromDays(1), ResubmissionSettle: TimeSpan.FromSeconds(5)),
            ConfigureLogging = _ => { },
        });
        using var api = new ApiClient(server.BaseAddress);
        Assert.Equal(HttpStatusCode.Created, (await api.PostPlanAsync(TestArea.LeadKey, area.PlanJson)).StatusCode);
        var due = DateTimeOffset.UtcNow.AddDays(7);
        using (var open = await api.SendAsync(HttpMethod.Post, "api/cycles", TestArea.LeadKey, System.Net.Http.Json.JsonContent.Create(new
        {
            area = area.Area, year = LoadArea.Year, quarter = LoadArea.Quarter, contributorsDue = due, submissionDue = due.AddDays(1),
        })))
        {
            Assert.Equal(HttpStatusCode.Accepted, open.StatusCode);
        }

        int seed = Environment.TickCount;
        output.WriteLine($"{area}, {Contributors} concurrent workers for {duration.TotalSeconds} s, seed {seed}");
        var clock = Stopwatch.StartNew();
        var acknowledged = new ConcurrentDictionary<string, int>();
        var reads = Task.Run(() => ReadWhileLoadedAsync(api, area, acknowledged, clock, duration));
        var outcomes = await Task.WhenAll(area.Contributors.Select((id, i) => Task.Run(() => WorkAsync(api, area, id, new Random(seed + i), clock, duration, acknowledged))));
        var elapsed = clock.Elapsed;
        var (readCount, notShown) = await reads;
        output.WriteLine($"{readCount} status reads during the load");
        Assert.Empty(notShown);

        var summary = LatencySummary.From([.. outcomes.SelectMany(o => o.LatenciesMs)], elapsed);
        output.WriteLine(summary.ToString());
        output.WriteLine($"new versions {outcomes.Sum(o => o.New)}, identical repeats {outcomes.Sum(o => o.Repeats)}, invalid {outcomes.Sum(o => o.Invalid)}");
        Assert.Empty(outcomes.SelectMany(o => o.Unexpected));

        foreach (var outcome in outcomes)
        {
            using var response = await api.SendAsync(HttpMethod.Get, $"api/cycles/{area.CycleId}/returns/{outcome.ContributorId}", TestArea.LeadKey);
            using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var stored = list.RootElement.EnumerateArray().ToDictionary(v => v.GetProperty("version").GetInt32(), v => v.GetProperty("sha256").GetString());
            Assert.Equal(outcome.Accepted, new SortedDictionary<int, string?>(stored)!);
        }

        var caughtUp = Stopwatch.StartNew();
        var latest = outcomes.ToDictionary(o => o.ContributorId, o => o.LatestVersion);
        var behind = await ContributorsBehindAsync(api, area, latest, catchUpLimit);
        output.WriteLine($"the orchestrations had applied every version {caughtUp.Elapsed.TotalSeconds:F1} s after the load stopped");
        Assert.Empty(behind);
    }

    /// <summary>Polls the cycle's status until every contributor shows its latest accepted version, or the deadline
    /// passes; returns those still behind (empty when all caught up).</summary>
    static async Task<List<string>> ContributorsBehindAsync(ApiClient api, LoadArea area, Dictionary<string, int> latest, TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var view = await api.GetCycleAsync(TestArea.LeadKey, area.CycleId);
            // Applied by the engine, not only counted from the store.
            var shown = view.Contributors.ToDictionary(c => c.Id, c => c.BeingProcessed ? -c.Versions : c.Versions);
            var behind = latest.Where(pair => shown.GetValueOrDefault(pair.Key) != pair.Value)
                .Select(pair => $"{pair.Key}: status {shown.GetValueOrDefault(pair.Key)} (negative: being processed), accepted {pair.Value} (stage {view.Stage})").ToList();
            if (behind.Count == 0 || deadline.Elapsed > limit)
            {
                return behind;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>The lead's view, read over and over while the uploads go on: every version answered 202 before a read
    /// began is counted in that read (the store is the truth of what was received, whatever the engine is doing).</summary>
    static async Task<(int Reads, List<string> NotShown)> ReadWhileLoadedAsync(ApiClient api, LoadArea area,
        ConcurrentDictionary<string, int> acknowledged, Stopwatch clock, TimeSpan duration)
    {
        var reads = 0;
        var notShown = new List<string>();
        while (clock.Elapsed < duration)
        {
            var before = new Dictionary<string, int>(acknowledged);
            var view = await api.GetCycleAsync(TestArea.LeadKey, area.CycleId);
            reads++;
            var shown = view.Contributors.ToDictionary(c => c.Id, c => c.Versions);
            notShown.AddRange(before.Where(a => shown.GetValueOrDefault(a.Key) < a.Value)
                .Select(a => $"read {reads}: {a.Key} shows {shown.GetValueOrDefault(a.Key)} versions, {a.Value} acknowledged before the read"));
        }
        return (reads, notShown);
    }

    static async Task<UploadOutcome> WorkAsync(ApiClient api, LoadArea area, string id, Random random, Stopwatch clock, TimeSpan duration,
        ConcurrentDictionary<string, int> acknowledged)
    {
        var outcome = new UploadOutcome(id);
        byte[]? last = null;
        var revision = 0;
        while (clock.Elapsed < duration)
        {
            var roll = random.NextDouble();
            var (kind, file) = roll < 0.15 ? ("invalid", area.InvalidReturn(id, ++revision))
                : roll < 0.30 && last is not null ? ("repeat", last)
                : ("new", area.Return(id, ++revision));
            var started = clock.Elapsed;
            HttpStatusCode status;
            string body;
            try
            {
                using var response = await api.PutReturnAsync(TestArea.KeyOf(id), area.CycleId, id, file);
                status = response.StatusCode;
                body = await response.Content.ReadAsStringAsync();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                outcome.Unexpected.Add($"{id} {kind}: {e.GetType().Name} {e.Message}");
                continue;
            }
            outcome.LatenciesMs.Add((clock.Elapsed - started).TotalMilliseconds);

            if (kind == "invalid")
            {
                outcome.Invalid++;
                if (status != HttpStatusCode.BadRequest)
                {
                    outcome.Unexpected.Add($"{id} invalid: {(int)status} {body}");
                }
                continue;
            }

            if (status != HttpStatusCode.Accepted)
            {
                outcome.Unexpected.Add($"{id} {kind}: {(int)status} {body}");
                continue;
            }
            using var accepted = JsonDocument.Parse(body);
            var version = accepted.RootElement.GetProperty("version").GetInt32();
            var sha = accepted.RootElement.GetProperty("sha256").GetString()!;
            var expected = kind == "new" ? outcome.LatestVersion + 1 : outcome.LatestVersion;
            if (version != expected || sha != Convert.ToHexStringLower(SHA256.HashData(file)))
            {
                outcome.Unexpected.Add($"{id} {kind}: version {version} (expected {expected}), sha256 {sha}");
            }
            outcome.Accepted[version] = sha;
            acknowledged.AddOrUpdate(id, version, (_, known) => Math.Max(known, version));
            if (kind == "new")
            {
                outcome.New++;
                last = file;
            }
            else
            {
                outcome.Repeats++;
            }
        }
        return outcome;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
        return Task.CompletedTask;
    }
}
