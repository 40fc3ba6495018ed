using BcfWorkflow.Orchestrations.Application;

namespace BcfWorkflow.Functions.Cycles;

/// <summary>What opening one area's cycle did (<see cref="OpenCycleStatus.AlreadyExists"/> is the idempotent no-op).</summary>
public sealed record CycleOpening(string Area, OpenCycleStatus Status, string? CycleId, string? Problem);
