using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BcfWorkflow.Domain.Returns.Parsing;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// Puts the plan details and the scheme rows together as plan.json (the shape of docs/interfaces.md, keys in its
/// order), for <see cref="PlanReader"/> to check exactly as it checks a plan.json a lead writes. Values whose cells
/// could not be read are left out (their problem is reported already), except an unreadable income, written as 0 so
/// its schemes are not also reported as funded from an unknown source; the import fails either way.
/// </summary>
internal static class PlanJsonBuilder
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // plan.json is a file people read: "£" and "'" as themselves, not as \u escapes (it is never embedded in HTML).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Build(PlanDetails details, SchemeTable table)
    {
        var root = new JsonObject();
        Copy(details, PlanDetailsLayout.Area, root, "area");
        Copy(details, PlanDetailsLayout.Year, root, "year");
        var lead = new JsonObject();
        Copy(details, PlanDetailsLayout.LeadName, lead, "name");
        Copy(details, PlanDetailsLayout.LeadEmail, lead, "email");
        root["lead"] = lead;
        var income = new JsonObject();
        foreach (var entry in details.Income)
        {
            income[entry.Source] = entry.Amount ?? 0m;
        }
        root["income"] = income;
        var required = new JsonObject();
        Copy(details, PlanDetailsLayout.MinimumOutOfHospital, required, "nhsCommissionedOutOfHospital");
        Copy(details, PlanDetailsLayout.MinimumAdultSocialCare, required, "adultSocialCare");
        root["requiredSpend"] = required;
        root["contributors"] = new JsonArray([.. details.Contributors.Select(c => c.Json.DeepClone())]);
        root["schemes"] = new JsonArray([.. table.Schemes.Select(s => WithIncomeSpelling(s, details))]);
        return JsonSerializer.SerializeToUtf8Bytes(root, Options);
    }

    /// <summary>The scheme's object, its source spelled as its income row spells it when they differ only in case or
    /// spaces ("ibcf" and "iBCF"): the same forgiveness as column names and scheme names get everywhere.</summary>
    private static JsonNode WithIncomeSpelling(SchemeEntry scheme, PlanDetails details)
    {
        var json = scheme.Json.DeepClone().AsObject();
        if (scheme.Source is { } source && details.Income.FirstOrDefault(i => CellText.SameIgnoringCaseAndSpaces(i.Source, source)) is { } income)
        {
            json["sourceOfFunding"] = income.Source;
        }
        return json;
    }

    private static void Copy(PlanDetails details, string label, JsonObject target, string name)
    {
        if (details.Values.TryGetValue(label, out var value))
        {
            target[name] = value.DeepClone();
        }
    }
}
