namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The values of <see cref="CycleStatus.Stage"/>.</summary>
public static class CycleStages
{
    public const string Collecting = "collecting";
    public const string Aggregating = "aggregating";
    public const string AwaitingSignOff = "awaitingSignOff";
    public const string Emitting = "emitting";
    public const string Completed = "completed";
}
