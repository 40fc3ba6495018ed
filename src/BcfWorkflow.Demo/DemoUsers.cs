using System.Globalization;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.LocalHost.Server;

namespace BcfWorkflow.Demo;

/// <summary>Fresh keys for the demo's lead and for each contributor, given to the server as configuration.</summary>
internal sealed class DemoUsers
{
    readonly Dictionary<string, string> contributorKeys;

    DemoUsers(string leadKey, Dictionary<string, string> contributorKeys)
    {
        LeadKey = leadKey;
        this.contributorKeys = contributorKeys;
    }

    public string LeadKey { get; }

    public static DemoUsers For(Plan plan) =>
        new(ApiKeys.New(), plan.Contributors.ToDictionary(c => c.Id, _ => ApiKeys.New(), StringComparer.OrdinalIgnoreCase));

    public string KeyOf(string contributorId) => contributorKeys[contributorId];

    /// <summary><c>Auth:Users:N:*</c> entries: the lead first, then one contributor key each.</summary>
    public Dictionary<string, string?> ToConfiguration(Plan plan)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:Users:0:Key"] = LeadKey,
            ["Auth:Users:0:Role"] = "lead",
            ["Auth:Users:0:Name"] = plan.Lead.Name,
            ["Auth:Users:0:Area"] = plan.Area,
        };
        var n = 1;
        foreach (var contributor in plan.Contributors)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"Auth:Users:{n++}:");
            settings[prefix + "Key"] = contributorKeys[contributor.Id];
            settings[prefix + "Role"] = "contributor";
            settings[prefix + "Contributor"] = contributor.Id;
            settings[prefix + "Name"] = contributor.Name;
            settings[prefix + "Area"] = plan.Area;
        }
        return settings;
    }
}
