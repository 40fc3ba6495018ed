using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Orchestrations;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Testing;
using BcfWorkflow.Testing.Ports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BcfWorkflow.Security.Tests.Support;

/// <summary>The real shared handlers (AddBcfApi/MapBcfApi, which include the web API routes) in Kestrel on
/// 127.0.0.1:0, over the in-process Durable Task host and in-memory ports, with the plans of <see cref="Areas"/>.</summary>
public sealed class ApiStack : IAsyncDisposable
{
    /// <summary>Reminders and sign-off reminders far away: the tests drive every step.</summary>
    public static readonly CycleScheduleOptions QuietSchedule = new([TimeSpan.FromHours(1)], TimeSpan.FromHours(1), TimeSpan.FromHours(1), TimeSpan.FromHours(1));

    private DurableTaskTestHost? host;
    private WebApplication? app;

    public InMemoryPorts Ports { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; } = new();
    public DurableTaskClient Client => host!.Client;
    public IServiceProvider Services => app!.Services;

    /// <param name="settings">Extra configuration (e.g. Api:MaxUploadBytes, Auth:FailedAttempts:MaxFailures).</param>
    /// <param name="configureServices">Registrations made before AddBcfApi (e.g. a fake TimeProvider).</param>
    public static async Task<ApiStack> StartAsync(IEnumerable<KeyValuePair<string, string?>>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var stack = new ApiStack();
        await stack.Ports.Plans.SaveAsync(TestPlan.Create());
        await stack.Ports.Plans.SaveAsync(Areas.OthertonPlan());
        await stack.Ports.Plans.SaveAsync(Areas.CollideshirePlan());
        stack.host = await InProcessTestHost.StartAsync(
            registry => registry.AddBcfTasks(),
            new DurableTaskTestHostOptions { LoggerFactory = NullLoggerFactory.Instance, ConfigureServices = stack.Ports.Register });

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection([.. Keys.AsConfiguration(), new("Auth:FailedAttempts:MaxFailures", "1000000")]);
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        configureServices?.Invoke(builder.Services);
        builder.Services.AddSingleton(stack.host.Client);
        stack.Ports.Register(builder.Services);
        builder.Services.AddBcfApplication();
        builder.Services.AddBcfApi(builder.Configuration);
        builder.Services.Configure<ApiOptions>(o => o.Schedule = QuietSchedule);
        stack.app = builder.Build();
        stack.app.MapBcfApi();
        await stack.app.StartAsync();
        stack.BaseAddress = new Uri(stack.app.Urls.First());
        stack.Http.BaseAddress = stack.BaseAddress;
        return stack;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = Keys.Header(key);
        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PutReturnAsync(string cycleId, string contributorId, string key, byte[] content, string fileName)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        body.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
        return SendAsync(HttpMethod.Put, $"/api/cycles/{cycleId}/returns/{contributorId}", key, body);
    }

    /// <summary>Opens a cycle of <paramref name="area"/> through the API as the lead; returns its id.</summary>
    public async Task<string> OpenCycleAsync(string area, string quarter, TimeSpan? contributorsDueIn = null)
    {
        var due = DateTimeOffset.UtcNow + (contributorsDueIn ?? TimeSpan.FromDays(10));
        using var response = await SendAsync(HttpMethod.Post, "/api/cycles", Keys.Lead, JsonContent.Create(new
        {
            area, year = TestPlan.Year, quarter, contributorsDue = due, submissionDue = due + TimeSpan.FromDays(5),
        }));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"open {area} {quarter}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return CycleIds.Cycle(area, TestPlan.Year, quarter);
    }

    /// <summary>Polls the cycle's status until <paramref name="condition"/> holds (fails after 45 s).</summary>
    public async Task<CycleStatus> WaitForAsync(string cycleId, Func<CycleStatus, bool> condition, string what)
    {
        var service = Services.GetRequiredService<Orchestrations.Application.CycleService>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        CycleStatus? status = null;
        while (!timeout.IsCancellationRequested)
        {
            status = await service.GetStatusAsync(cycleId);
            if (status is not null && condition(status))
            {
                return status;
            }
            await Task.Delay(50);
        }
        Assert.Fail($"Timed out waiting for {what}; stage {status?.Stage}");
        return status!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (host is not null)
        {
            var running = new List<string>();
            await foreach (var instance in Client.GetAllInstancesAsync(new OrchestrationQuery()))
            {
                if (instance.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending)
                {
                    running.Add(instance.InstanceId);
                }
            }
            foreach (var id in running)
            {
                await Client.TerminateInstanceAsync(id);
            }
            await host.DisposeAsync();
        }
    }
}
