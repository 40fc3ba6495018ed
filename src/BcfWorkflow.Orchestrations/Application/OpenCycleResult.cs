namespace BcfWorkflow.Orchestrations.Application;

/// <summary>The outcome of opening a cycle; <paramref name="CycleId"/> is set unless the request was invalid.</summary>
public sealed record OpenCycleResult(OpenCycleStatus Status, string? CycleId, string? Problem = null);
