namespace BcfWorkflow.Orchestrations.Events;

/// <summary>The lead sent the contributor's return back at sign-off round <paramref name="Round"/>; it is due again at <paramref name="NewDue"/>.</summary>
public sealed record ContributorSentBack(string Reason, DateTimeOffset NewDue, int Round);
