using BcfWorkflow.Domain.Model;
using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Application;

/// <summary>A cycle as the list of cycles shows it: its input and plan, the status it published (null before its first
/// step), when it was opened, whether it ended early (failed or terminated), and each contributor's newest stored version.</summary>
public sealed record CycleSnapshot(
    CycleInput Input,
    Plan Plan,
    CycleStatus? Status,
    DateTimeOffset CreatedAt,
    bool Ended,
    IReadOnlyDictionary<string, int> StoredVersions);
