namespace BcfWorkflow.Api.Endpoints;

/// <summary>A contributor of a cycle with its display name and progress (state is one of ContributorStates).</summary>
public sealed record CycleContributorItem(
    string Id,
    string Name,
    string State,
    int Versions,
    int RemindersSent,
    DateTimeOffset? LastReminderAt,
    DateTimeOffset? Due,
    bool BeingProcessed = false);
