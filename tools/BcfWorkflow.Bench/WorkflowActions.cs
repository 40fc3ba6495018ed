namespace BcfWorkflow.Bench;

/// <summary>The work a quarter gives the engine, counted from the workflow's happy path (all on time, approved at the
/// first sign-off), per cycle of M contributors: orchestrations 1 + M; activities: the roster, 3 audit appends, the
/// aggregation, the template and the emails (M requests, 1 sign-off request, M + 1 final: counted as sent);
/// events: M submissions and 1 decision raised by clients, M updates from children to the cycle (one per submission:
/// a child no longer reports its initial status, which the cycle has from the roster), M finalisations to the children
/// and M sub-orchestration completions.</summary>
public sealed record WorkflowActions(int Orchestrations, int Activities, int ExternalEvents, int InternalEvents)
{
    public int Total => Orchestrations + Activities + ExternalEvents + InternalEvents;

    public static int ExpectedEmails(int cycles, int contributors) => cycles * ((2 * contributors) + 2);

    public static WorkflowActions Count(int cycles, int contributors, int emailsSent) => new(
        Orchestrations: cycles * (1 + contributors),
        Activities: (cycles * 6) + emailsSent,
        ExternalEvents: cycles * (contributors + 1),
        InternalEvents: cycles * 3 * contributors);
}
