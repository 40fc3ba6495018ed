using BcfWorkflow.Orchestrations.Emails;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Testing.Ports;

/// <summary>Every port of the workflow in memory, for one test's host (or one bench run), and their registration.</summary>
/// <param name="keepEmails">False: the email sender counts the emails without keeping them.</param>
public sealed class InMemoryPorts(bool keepEmails = true)
{
    public InMemoryPlanStore Plans { get; } = new();
    public InMemoryReturnStore Returns { get; } = new();
    public InMemoryTemplateStore Templates { get; } = new();
    public InMemoryLeadAnswersStore LeadAnswers { get; } = new();
    public RecordingEmailSender Emails { get; } = new(keepEmails);
    public InMemorySentEmailLog SentLog { get; } = new();
    public InMemoryAuditLog Audit { get; } = new();
    public InMemoryCycleIndex CycleIndex { get; } = new();

    /// <summary>The address the emails link to; null leaves <see cref="EmailLinks"/> to the host's own registration.</summary>
    public EmailLinks? Links { get; init; } = TestLinks.Links;

    /// <summary>Registers each port as its interface (and <see cref="Links"/>, when set).</summary>
    public void Register(IServiceCollection services)
    {
        services.AddSingleton<IPlanStore>(Plans);
        services.AddSingleton<IReturnStore>(Returns);
        services.AddSingleton<ITemplateStore>(Templates);
        services.AddSingleton<ILeadAnswersStore>(LeadAnswers);
        services.AddSingleton<IEmailSender>(Emails);
        services.AddSingleton<ISentEmailLog>(SentLog);
        services.AddSingleton<IAuditLog>(Audit);
        services.AddSingleton<ICycleIndex>(CycleIndex);
        if (Links is not null)
        {
            services.AddSingleton(Links);
        }
    }
}
