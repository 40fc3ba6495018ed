using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Functions.Cycles;
using BcfWorkflow.Functions.Hosting;
using BcfWorkflow.Functions.Incoming;
using BcfWorkflow.Functions.Orchestration;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Orchestrations;
using BcfWorkflow.Testing;
using BcfWorkflow.Testing.Ports;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Activities = BcfWorkflow.Orchestrations.Activities;

namespace BcfWorkflow.Functions.Tests.Support;

/// <summary>The Functions app's services (its composition root with in-memory ports) and the in-process Durable host,
/// whose registry runs the app's own static orchestration and activity functions. Disposing terminates and purges
/// every instance.</summary>
public sealed class FunctionsHarness : IAsyncDisposable
{
    public const string LeadKey = "test-lead-key";

    private DurableTaskTestHost? host;

    public static string KeyOf(string contributorId) => $"test-{contributorId}-key";

    public ServiceProvider Services { get; private set; } = null!;
    public DurableTaskClient Client => host?.Client ?? throw new InvalidOperationException("Not started.");
    /// <summary>The ports; the email links are the app's own (AddBcfEmailLinks).</summary>
    public InMemoryPorts Ports { get; } = new() { Links = null };
    public InMemoryPlanStore Plans => Ports.Plans;
    public InMemoryReturnStore Returns => Ports.Returns;
    public InMemoryTemplateStore Templates => Ports.Templates;
    public RecordingEmailSender Emails => Ports.Emails;
    public RecordingIncomingResultStore IncomingResults { get; } = new();

    public static async Task<FunctionsHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, params string[] planAreas)
    {
        var harness = new FunctionsHarness();
        harness.Services = harness.BuildServices(settings ?? new Dictionary<string, string?>(), planAreas);
        harness.host = await InProcessTestHost.StartAsync(harness.RegisterFunctions,
            new DurableTaskTestHostOptions { LoggerFactory = NullLoggerFactory.Instance });
        return harness;
    }

    /// <summary>The application service around the harness's client, as the app's triggers build it.</summary>
    public CycleService Cycles() => Services.GetRequiredService<CycleServices>().Cycles(Client);

    public TestFunctionContext Context(string? instanceId = null) =>
        new(Services, instanceId is null ? null : new Dictionary<string, object?> { ["instanceId"] = instanceId });

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await foreach (var instance in host.Client.GetAllInstancesAsync(new OrchestrationQuery()))
            {
                if (instance.IsRunning)
                {
                    await host.Client.TerminateInstanceAsync(instance.InstanceId);
                }
            }
            await host.DisposeAsync();
        }
        await Services.DisposeAsync();
    }

    private ServiceProvider BuildServices(IReadOnlyDictionary<string, string?> settings, string[] planAreas)
    {
        var all = new Dictionary<string, string?>
        {
            ["Auth:Users:0:Role"] = "lead", ["Auth:Users:0:Key"] = LeadKey,
        };
        var index = 1;
        foreach (var id in new[] { "blaby", "charnwood", "county" })
        {
            all[$"Auth:Users:{index}:Role"] = "contributor";
            all[$"Auth:Users:{index}:Contributor"] = id;
            all[$"Auth:Users:{index}:Area"] = TestPlan.Area;
            all[$"Auth:Users:{index}:Key"] = KeyOf(id);
            index++;
        }
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        Ports.Register(services);
        services.AddSingleton<IIncomingResultStore>(IncomingResults);
        services.AddSingleton<IPlanAreas>(new FixedPlanAreas(planAreas));
        services.AddBcfFunctionsCore(configuration);
        // Reminders far off, so a test's cycle moves only when the test acts.
        services.Configure<ApiOptions>(o => o.Schedule = new CycleScheduleOptions(
            [TimeSpan.FromDays(-1)], TimeSpan.FromDays(1), TimeSpan.FromDays(1), TimeSpan.FromDays(1)));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The registry a Functions host builds from functions.metadata, here by hand: each name runs the app's
    /// own static function, with a FunctionContext over the app's services.</summary>
    private void RegisterFunctions(DurableTaskRegistry registry)
    {
        registry
            .AddOrchestratorFunc<CycleInput, CycleResult>(nameof(QuarterlyCycleOrchestrator), (context, _) => QuarterlyCycleFunction.Run(context))
            .AddOrchestratorFunc<ContributorInput, ContributorResult>(nameof(ContributorOrchestrator), (context, _) => ContributorFunction.Run(context))
            .AddActivityFunc<PlanRef, CycleRoster>(nameof(Activities.LoadCycleRoster),
                (context, input) => ActivityFunctions.LoadCycleRoster(input, Context(context.InstanceId)))
            .AddActivityFunc<EmailDraft, bool>(nameof(Activities.SendEmail),
                (context, input) => ActivityFunctions.SendEmail(input, Context(context.InstanceId)))
            .AddActivityFunc<AggregationInput, AggregationOutcome>(nameof(Activities.AggregateAreaReturn),
                (context, input) => ActivityFunctions.AggregateAreaReturn(input, Context(context.InstanceId)))
            .AddActivityFunc<EmitTemplateInput, int>(nameof(Activities.EmitTemplate),
                (context, input) => ActivityFunctions.EmitTemplate(input, Context(context.InstanceId)))
            .AddActivityFunc<AuditBatch, int>(nameof(Activities.AppendAudit),
                (context, input) => ActivityFunctions.AppendAudit(input, Context(context.InstanceId)))
            .AddActivityFunc<UnappliedReturnsQuery, List<StoredReturn>>(nameof(Activities.FindUnappliedReturns),
                (context, input) => ActivityFunctions.FindUnappliedReturns(input, Context(context.InstanceId)));
    }
}
