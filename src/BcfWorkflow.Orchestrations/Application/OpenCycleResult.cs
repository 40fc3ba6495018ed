namespace BcfWorkflow.Orchestrations.Application;

/// <summary>The outcome of opening a cycle; <paramref name="CycleId"/> is set unless the request was invalid.</summary>
public sealed record OpenCycleResult(OpenCycleStatus Status, string? CycleId, string? Problem = null);

public enum OpenCycleStatus
{
    /// <summary>Started (HTTP 202).</summary>
    Opened,

    /// <summary>An instance with this cycle id exists, whatever its state (HTTP 409).</summary>
    AlreadyExists,

    /// <summary>No plan stored for that area and year (HTTP 404).</summary>
    PlanNotFound,

    /// <summary>Bad quarter or dates (HTTP 400); see <see cref="OpenCycleResult.Problem"/>.</summary>
    Invalid,
}
