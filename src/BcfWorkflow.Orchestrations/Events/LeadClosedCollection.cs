namespace BcfWorkflow.Orchestrations.Events;

/// <summary>The lead closed collection early. <paramref name="SignOffRound"/> is the cycle's round when the lead
/// asked: a stale close (from an earlier collection phase) is ignored.</summary>
public sealed record LeadClosedCollection(string ClosedBy, DateTimeOffset At, int SignOffRound);
