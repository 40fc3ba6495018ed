using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Events;

/// <summary>Sent by a contributor orchestration to its cycle whenever its status changes (submission, reminder,
/// late, sent back). <paramref name="LatestReturn"/> is the newest stored version, null before the first.</summary>
/// <param name="Sequence">Counts the child's updates (1, 2, ...; 0 from instances before it was added): a message
/// delivered again after newer ones (the backend delivers at least once) has a sequence already applied and is ignored,
/// so a "submitted" from before a send-back cannot close collection.</param>
public sealed record ContributorUpdated(string ContributorId, ContributorStatus Status, ReturnRef? LatestReturn, int Sequence = 0);
