using System.Text;
using System.Text.Json.Nodes;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Plans;

namespace BcfWorkflow.Testing.Server;

/// <summary>The Leicestershire sample under a unique area name, so tests sharing one Azurite never meet the same cycle.</summary>
public sealed class TestArea
{
    TestArea(string area, byte[] planJson, Plan plan)
    {
        Area = area;
        PlanJson = planJson;
        Plan = plan;
    }

    public static string SampleRoot { get; } = Path.Combine(RepositoryRoot.Find(), "samples", "leicestershire");

    public string Area { get; }
    public byte[] PlanJson { get; }
    public Plan Plan { get; }
    public string CycleId => Orchestrations.Contracts.CycleIds.Cycle(Area, Plan.Year, "Q2");

    public static TestArea Create()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(SampleRoot, "plan.json")))!;
        var area = $"Testshire {Guid.NewGuid():N}"[..18];
        node["area"] = area;
        var bytes = Encoding.UTF8.GetBytes(node.ToJsonString());
        using var stream = new MemoryStream(bytes);
        return new TestArea(area, bytes, PlanReader.Read(stream, "plan.json").Plan!);
    }

    public static string ReturnPath(string contributorId) => Path.Combine(SampleRoot, "returns", "q2", contributorId + ".csv");

    public static byte[] Return(string contributorId) => File.ReadAllBytes(ReturnPath(contributorId));

    public static byte[] Invalid(string fileName) => File.ReadAllBytes(Path.Combine(SampleRoot, "returns", "invalid", fileName));

    public static string KeyOf(string contributorId) => $"key-{contributorId}";

    public const string LeadKey = "key-lead";

    /// <summary>Auth users: the lead and one key per contributor.</summary>
    public Dictionary<string, string?> Users()
    {
        var settings = new Dictionary<string, string?> { ["Auth:Users:0:Key"] = LeadKey, ["Auth:Users:0:Role"] = "lead" };
        var n = 1;
        foreach (var c in Plan.Contributors)
        {
            settings[$"Auth:Users:{n}:Key"] = KeyOf(c.Id);
            settings[$"Auth:Users:{n}:Role"] = "contributor";
            settings[$"Auth:Users:{n}:Contributor"] = c.Id;
            settings[$"Auth:Users:{n}:Area"] = Area;
            n++;
        }
        return settings;
    }
}
