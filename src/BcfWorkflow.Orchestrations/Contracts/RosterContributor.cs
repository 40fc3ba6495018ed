namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>A contributor of the cycle, with the schemes it reports.</summary>
public sealed record RosterContributor(string Id, string Name, string Email, IReadOnlyList<PlannedScheme> Schemes);
