namespace BcfWorkflow.Orchestrations.Events;

/// <summary>External event names; each is the name of its payload record.</summary>
public static class EventNames
{
    /// <summary>To a contributor orchestration: a new version was stored.</summary>
    public const string ReturnSubmitted = nameof(Events.ReturnSubmitted);

    /// <summary>To a contributor orchestration: the lead sent its return back.</summary>
    public const string ContributorSentBack = nameof(Events.ContributorSentBack);

    /// <summary>To a contributor orchestration: the cycle is approved, stop.</summary>
    public const string CycleFinalized = nameof(Events.CycleFinalized);

    /// <summary>To a contributor orchestration (from version 4): the lead asked for a reminder now.</summary>
    public const string ReminderRequested = nameof(Events.ReminderRequested);

    /// <summary>To the cycle orchestration, from a contributor orchestration: its status changed.</summary>
    public const string ContributorUpdated = nameof(Events.ContributorUpdated);

    /// <summary>To the cycle orchestration: the lead closed collection early.</summary>
    public const string LeadClosedCollection = nameof(Events.LeadClosedCollection);

    /// <summary>To the cycle orchestration: the lead's sign-off decision.</summary>
    public const string SignOffDecided = nameof(Events.SignOffDecided);
}
