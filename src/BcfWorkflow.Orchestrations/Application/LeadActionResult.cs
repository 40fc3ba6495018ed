namespace BcfWorkflow.Orchestrations.Application;

/// <summary>The outcome of a lead's action; <paramref name="Round"/> is the sign-off round it was sent for.</summary>
public sealed record LeadActionResult(LeadActionStatus Status, int Round = 0, string? Problem = null);

/// <summary>The outcome of a lead's action on a running cycle (a decision or closing collection).</summary>
public enum LeadActionStatus
{
    /// <summary>Passed to the cycle (HTTP 202).</summary>
    Accepted,

    /// <summary>No such cycle (HTTP 404).</summary>
    NotFound,

    /// <summary>The cycle is not in the stage the action needs (HTTP 409): not awaiting sign-off for a decision,
    /// not collecting for a close.</summary>
    WrongStage,

    /// <summary>The request itself is wrong (HTTP 400): unknown decision, a send-back naming nobody.</summary>
    Invalid,
}
