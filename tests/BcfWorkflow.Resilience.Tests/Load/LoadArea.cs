using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BcfWorkflow.Testing.Server;

namespace BcfWorkflow.Resilience.Tests.Load;

/// <summary>The Leicestershire plan under a unique area name with its 59 schemes dealt round-robin to
/// <see cref="ContributorCount"/> generated contributors (c01, c02, ...), each with its own key.</summary>
public sealed class LoadArea
{
    public const string Year = "2024-25";
    public const string Quarter = "Q2";

    LoadArea(string area, byte[] planJson, IReadOnlyDictionary<string, IReadOnlyList<string>> schemes)
    {
        Area = area;
        PlanJson = planJson;
        Schemes = schemes;
    }

    public string Area { get; }
    public byte[] PlanJson { get; }

    /// <summary>Scheme ids by contributor id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Schemes { get; }

    public int ContributorCount => Schemes.Count;
    public IEnumerable<string> Contributors => Schemes.Keys;
    public string CycleId => Orchestrations.Contracts.CycleIds.Cycle(Area, Year, Quarter);

    public static LoadArea Create(int contributors)
    {
        var plan = JsonNode.Parse(File.ReadAllText(Path.Combine(TestArea.SampleRoot, "plan.json")))!;
        var area = $"Loadshire {Guid.NewGuid():N}"[..18];
        plan["area"] = area;
        var schemeIds = plan["schemes"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
        var dealt = Enumerable.Range(1, contributors)
            .ToDictionary(i => $"c{i:D2}", i => (IReadOnlyList<string>)[.. schemeIds.Where((_, k) => k % contributors == i - 1)]);
        var list = new JsonArray();
        foreach (var (id, schemes) in dealt)
        {
            list.Add(new JsonObject
            {
                ["id"] = id,
                ["name"] = $"Contributor {id}",
                ["email"] = $"{id}@example.gov.uk",
                ["schemes"] = new JsonArray([.. schemes.Select(s => JsonValue.Create(s))]),
            });
        }
        plan["contributors"] = list;
        return new LoadArea(area, Encoding.UTF8.GetBytes(plan.ToJsonString()), dealt);
    }

    /// <summary>A valid return whose amounts depend on <paramref name="revision"/>, so each revision is new content.</summary>
    public byte[] Return(string contributorId, int revision) => Csv(
        Schemes[contributorId].Select(s => $"{s},{1000 + revision},{revision % 50},load revision {revision}"));

    /// <summary>An invalid return: alternately a scheme of another contributor, or an amount that is not a number.</summary>
    public byte[] InvalidReturn(string contributorId, int revision)
    {
        var rows = Schemes[contributorId].Select(s => $"{s},{1000 + revision},1,").ToList();
        if (revision % 2 == 0)
        {
            var other = Schemes.First(pair => pair.Key != contributorId).Value[0];
            rows.Add($"{other},5,1,not mine");
        }
        else
        {
            rows[0] = $"{Schemes[contributorId][0]},about a thousand,1,";
        }
        return Csv(rows);
    }

    /// <summary>Auth users: the lead (<see cref="TestArea.LeadKey"/>) and one key per contributor.</summary>
    public Dictionary<string, string?> Users()
    {
        var settings = new Dictionary<string, string?> { ["Auth:Users:0:Key"] = TestArea.LeadKey, ["Auth:Users:0:Role"] = "lead" };
        var n = 1;
        foreach (var id in Contributors)
        {
            settings[$"Auth:Users:{n}:Key"] = TestArea.KeyOf(id);
            settings[$"Auth:Users:{n}:Role"] = "contributor";
            settings[$"Auth:Users:{n}:Contributor"] = id;
            settings[$"Auth:Users:{n}:Area"] = Area;
            n++;
        }
        return settings;
    }

    static byte[] Csv(IEnumerable<string> rows) => Encoding.UTF8.GetBytes(
        "Scheme ID,Expenditure to date (£),Outputs delivered to date,Comments\n" + string.Join('\n', rows) + "\n");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Area} ({ContributorCount} contributors)");
}
