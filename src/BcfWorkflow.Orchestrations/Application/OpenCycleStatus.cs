namespace BcfWorkflow.Orchestrations.Application;

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
