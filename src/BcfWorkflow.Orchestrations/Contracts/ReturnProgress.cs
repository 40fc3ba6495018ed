namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>Where one contributor's return stands, by the contributor's name (for the lead's sign-off email).</summary>
/// <param name="State">One of <see cref="ContributorStates"/>.</param>
public sealed record ReturnProgress(string Name, string State);
