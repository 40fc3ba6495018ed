using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Events;

/// <summary>Sent by a contributor orchestration to its cycle whenever its status changes (submission, reminder,
/// late, sent back). <paramref name="LatestReturn"/> is the newest stored version, null before the first.</summary>
public sealed record ContributorUpdated(string ContributorId, ContributorStatus Status, ReturnRef? LatestReturn);
