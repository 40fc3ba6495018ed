namespace BcfWorkflow.Functions.Cycles;

/// <summary>The <c>Cycles</c> section: how the timer opens each quarter's cycles.</summary>
public sealed class CycleOpeningOptions
{
    public const string Section = "Cycles";

    /// <summary>The areas to open; empty (the default) opens every area with a plan for the year.</summary>
    public List<string> Areas { get; set; } = [];

    /// <summary>Contributors' returns are due this long after the quarter ends.</summary>
    public TimeSpan ContributorsDueAfter { get; set; } = TimeSpan.FromDays(21);

    /// <summary>The national submission is due this long after the quarter ends.</summary>
    public TimeSpan SubmissionDueAfter { get; set; } = TimeSpan.FromDays(42);
}
