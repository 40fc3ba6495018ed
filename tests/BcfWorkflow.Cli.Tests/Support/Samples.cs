namespace BcfWorkflow.Cli.Tests.Support;

/// <summary>Paths of the Leicestershire sample data copied next to the built bcf.</summary>
public static class Samples
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "samples", "leicestershire");
    public static string Plan { get; } = Path.Combine(Root, "plan.json");
    public static string Q2Folder { get; } = Path.Combine(Root, "returns", "q2");
    public static string InvalidFolder { get; } = Path.Combine(Root, "returns", "invalid");

    /// <summary>The plan import's template, filled in with the same plan (samples/plan-import).</summary>
    public static string PlanImportFolder { get; } = Path.Combine(AppContext.BaseDirectory, "samples", "plan-import");
    public static string PlanImportSchemes { get; } = Path.Combine(PlanImportFolder, "schemes.csv");
    public static string PlanImportDetails { get; } = Path.Combine(PlanImportFolder, "plan-details.csv");

    public static string Q2(string contributorId) => Path.Combine(Q2Folder, contributorId + ".csv");
    public static string Invalid(string fileName) => Path.Combine(InvalidFolder, fileName);

    public static IReadOnlyList<string> AllQ2Returns() => Directory.GetFiles(Q2Folder, "*.csv").Order(StringComparer.Ordinal).ToList();
}
