using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Demo;

/// <summary>The quarter compressed into about a minute: returns due 20 s after opening, reminders 8 s before, on and 6 s
/// after the due date, the lead told at +10 s, the submission date at 36 s, sign-off reminders every 8 s.</summary>
internal static class DemoSchedule
{
    public static readonly TimeSpan ContributorsDueAfter = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan SubmissionDueAfter = TimeSpan.FromSeconds(36);

    public static CycleScheduleOptions Options { get; } = new(
        [TimeSpan.FromSeconds(-8), TimeSpan.Zero, TimeSpan.FromSeconds(6)],
        GracePeriod: TimeSpan.FromSeconds(10),
        SignOffReminderInterval: TimeSpan.FromSeconds(8),
        SendBackAllowance: TimeSpan.FromSeconds(10));

    /// <summary>How long any one step may take before the demo gives up (a healthy run needs a fraction of it).</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(90);
}
