using System.Text;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Plans;

namespace BcfWorkflow.Demo;

/// <summary>The Leicestershire sample copied next to bcf (samples/leicestershire): the plan, each contributor's Q2
/// return and the malformed returns.</summary>
internal sealed class DemoSamples
{
    DemoSamples(string root, Plan plan, byte[] planBytes)
    {
        Root = root;
        Plan = plan;
        PlanBytes = planBytes;
    }

    public string Root { get; }
    public Plan Plan { get; }
    public byte[] PlanBytes { get; }

    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "samples", "leicestershire");

    /// <exception cref="FileNotFoundException">The sample is not there, or its plan does not read.</exception>
    public static DemoSamples Load(string root)
    {
        var planPath = Path.Combine(root, "plan.json");
        if (!File.Exists(planPath))
        {
            throw new FileNotFoundException($"The sample area is not at {root} (expected plan.json there).", planPath);
        }
        var bytes = File.ReadAllBytes(planPath);
        using var stream = new MemoryStream(bytes, writable: false);
        var read = PlanReader.Read(stream, planPath);
        return read.IsValid
            ? new DemoSamples(root, read.Plan!, bytes)
            : throw new FileNotFoundException($"The sample plan {planPath} does not read: {read.Issues.FirstOrDefault()}", planPath);
    }

    public string ReturnPath(string contributorId) => Path.Combine(Root, "returns", "q2", contributorId + ".csv");

    public byte[] Return(string contributorId) => File.ReadAllBytes(ReturnPath(contributorId));

    public byte[] Invalid(string fileName) => File.ReadAllBytes(Path.Combine(Root, "returns", "invalid", fileName));

    /// <summary>The contributor's return with <paramref name="comment"/> in every row's Comments (the last column of the samples).</summary>
    public byte[] WithComment(string contributorId, string comment)
    {
        var lines = File.ReadAllLines(ReturnPath(contributorId));
        var header = lines[0].Split(',');
        if (!string.Equals(header[^1].Trim(), "Comments", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{ReturnPath(contributorId)} does not end with a Comments column.");
        }
        var quoted = "\"" + comment.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l[..(l.LastIndexOf(',') + 1)] + quoted);
        return Encoding.UTF8.GetBytes(string.Join("\n", rows.Prepend(lines[0])) + "\n");
    }

    /// <summary>The blank reporting workbook the lead attaches (an imitation of NHS England's, for the sample plan).</summary>
    public const string ReportingWorkbookName = "reporting-workbook-2024-25-q2.xlsx";

    public byte[] ReportingWorkbook() => File.ReadAllBytes(Path.Combine(Root, ReportingWorkbookName));

    public string NameOf(string contributorId) => Plan.FindContributor(contributorId)?.Name ?? contributorId;
}
