using BcfWorkflow.Orchestrations.Contracts;
using Microsoft.Azure.Functions.Worker;
using Activities = BcfWorkflow.Orchestrations.Activities;

namespace BcfWorkflow.Functions.Orchestration;

/// <summary>One activity trigger per shared activity, named as the orchestrators call them.</summary>
public static class ActivityFunctions
{
    [Function(nameof(Activities.LoadCycleRoster))]
    public static Task<CycleRoster> LoadCycleRoster([ActivityTrigger] PlanRef input, FunctionContext context) =>
        ActivityRunner.RunAsync<Activities.LoadCycleRoster, PlanRef, CycleRoster>(context, nameof(Activities.LoadCycleRoster), input);

    [Function(nameof(Activities.SendEmail))]
    public static Task<bool> SendEmail([ActivityTrigger] EmailDraft input, FunctionContext context) =>
        ActivityRunner.RunAsync<Activities.SendEmail, EmailDraft, bool>(context, nameof(Activities.SendEmail), input);

    [Function(nameof(Activities.AggregateAreaReturn))]
    public static Task<AggregationOutcome> AggregateAreaReturn([ActivityTrigger] AggregationInput input, FunctionContext context) =>
        ActivityRunner.RunAsync<Activities.AggregateAreaReturn, AggregationInput, AggregationOutcome>(context, nameof(Activities.AggregateAreaReturn), input);

    [Function(nameof(Activities.EmitTemplate))]
    public static Task<int> EmitTemplate([ActivityTrigger] EmitTemplateInput input, FunctionContext context) =>
        ActivityRunner.RunAsync<Activities.EmitTemplate, EmitTemplateInput, int>(context, nameof(Activities.EmitTemplate), input);

    [Function(nameof(Activities.AppendAudit))]
    public static Task<int> AppendAudit([ActivityTrigger] AuditBatch input, FunctionContext context) =>
        ActivityRunner.RunAsync<Activities.AppendAudit, AuditBatch, int>(context, nameof(Activities.AppendAudit), input);

    [Function(nameof(Activities.FindUnappliedReturns))]
    public static Task<List<StoredReturn>> FindUnappliedReturns([ActivityTrigger] UnappliedReturnsQuery input, FunctionContext context) =>
        ActivityRunner.RunAsync<Activities.FindUnappliedReturns, UnappliedReturnsQuery, List<StoredReturn>>(context, nameof(Activities.FindUnappliedReturns), input);
}
