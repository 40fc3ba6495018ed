namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The input of <see cref="Orchestrations.ContributorOrchestrator"/>.</summary>
/// <param name="CycleId">Also the parent's instance id, where progress is reported.</param>
public sealed record ContributorInput(
    string CycleId,
    string Area,
    string Year,
    string Quarter,
    RosterContributor Contributor,
    string LeadName,
    string LeadEmail,
    CycleSchedule Schedule,
    int OrchestrationVersion = CycleInput.FirstVersion);
