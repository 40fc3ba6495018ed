using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Bench;

/// <summary>One simulated area: its plan and each contributor's valid return (CSV bytes).</summary>
public sealed record GeneratedArea(Plan Plan, IReadOnlyDictionary<string, byte[]> Returns);
