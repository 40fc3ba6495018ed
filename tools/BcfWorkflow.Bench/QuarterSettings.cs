namespace BcfWorkflow.Bench;

/// <summary>The size of a simulated quarter and how hard the driver pushes.</summary>
/// <param name="Parallelism">Calls to the engine in flight at once while opening cycles and submitting returns (the
/// sign-off phase handles every cycle at once, driven by signals).</param>
/// <param name="ContributorsDue">How long after opening the returns are due: the compressed clock. Long enough that no
/// reminder fires on a healthy run, so every run does the same work.</param>
public sealed record QuarterSettings(int Areas, int Contributors, int SchemesPerContributor, int Parallelism, TimeSpan ContributorsDue, TimeSpan Deadline);
