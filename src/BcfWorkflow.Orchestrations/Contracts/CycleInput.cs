namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The input of <see cref="Orchestrations.QuarterlyCycleOrchestrator"/>.</summary>
/// <param name="Quarter">"Q1".."Q4".</param>
/// <param name="CycleId">The instance id, see <see cref="CycleIds.Cycle"/>.</param>
/// <param name="OrchestrationVersion">The orchestrator logic this instance started with; code that changes the
/// sequence of awaited tasks branches on it (docs/design/versioning.md).</param>
public sealed record CycleInput(
    string Area,
    string Year,
    string Quarter,
    string CycleId,
    PlanRef Plan,
    CycleSchedule Schedule,
    int OrchestrationVersion = CycleInput.CurrentVersion)
{
    public const int CurrentVersion = 2;

    /// <summary>From version 2 a contributor orchestration starts quietly: it does not send its initial status to the
    /// cycle, which has it from the roster (version 1 instances still do).</summary>
    public const int QuietStartVersion = 2;
}
