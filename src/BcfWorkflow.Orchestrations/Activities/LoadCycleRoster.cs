using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Activities;

/// <summary>Reads the plan once and returns who takes part: the lead and each contributor with its planned schemes.</summary>
public sealed class LoadCycleRoster(IPlanStore plans) : TaskActivity<PlanRef, CycleRoster>
{
    public override async Task<CycleRoster> RunAsync(TaskActivityContext context, PlanRef input)
    {
        var plan = await plans.GetAsync(input.Area, input.Year)
            ?? throw new InvalidOperationException($"No plan for {input.Area} {input.Year}.");
        var contributors = plan.Contributors
            .Select(c => new RosterContributor(c.Id, c.Name, c.Email, [.. plan.SchemesOf(c).Select(s =>
                new PlannedScheme(s.Id, s.Name, s.SourceOfFunding, s.PlannedExpenditure, s.PlannedOutputs, s.Units))]))
            .ToList();
        return new CycleRoster(plan.Lead.Name, plan.Lead.Email, contributors);
    }
}
