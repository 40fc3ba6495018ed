namespace BcfWorkflow.Api.Endpoints;

/// <summary>A contributor of a cycle with its display name and progress (state is one of ContributorStates).</summary>
/// <param name="SentBackReason">The lead's reason the last time its return was sent back, when it was.</param>
/// <param name="Email">Where its emails go (the plan's address): the lead's contact for it.</param>
public sealed record CycleContributorItem(
    string Id,
    string Name,
    string State,
    int Versions,
    int RemindersSent,
    DateTimeOffset? LastReminderAt,
    DateTimeOffset? Due,
    bool BeingProcessed = false,
    string? SentBackReason = null,
    DateTimeOffset? SentBackAt = null,
    string? Email = null);
