using BcfWorkflow.Orchestrations.Emails;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Cli.Bench.Ports;

/// <summary>The in-memory ports of one bench run, shared by its worker and its <c>CycleService</c>.</summary>
public sealed class BenchPorts
{
    public BenchPlanStore Plans { get; } = new();
    public BenchReturnStore Returns { get; } = new();
    public BenchAuditLog Audit { get; } = new();
    public BenchTemplateStore Templates { get; } = new();
    public CountingEmailSender Emails { get; } = new();
    public BenchSentEmailLog SentLog { get; } = new();
    public BenchCycleIndex CycleIndex { get; } = new();

    public void Register(IServiceCollection services)
    {
        services.AddSingleton<IPlanStore>(Plans);
        services.AddSingleton<IReturnStore>(Returns);
        services.AddSingleton<IAuditLog>(Audit);
        services.AddSingleton<ITemplateStore>(Templates);
        services.AddSingleton<IEmailSender>(Emails);
        services.AddSingleton<ISentEmailLog>(SentLog);
        services.AddSingleton<ICycleIndex>(CycleIndex);
        services.AddSingleton(new EmailLinks("http://localhost:7071")); // the emails are counted, not sent
    }
}
