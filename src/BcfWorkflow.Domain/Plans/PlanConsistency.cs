using System.Globalization;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans;

/// <summary>
/// The rules that tie a plan together: unique ids, every scheme funded from a source in income and owned by
/// exactly one contributor, contributors listing only known schemes, Joint schemes split 100%.
/// </summary>
internal static class PlanConsistency
{
    private static readonly StringComparer Ids = StringComparer.OrdinalIgnoreCase;

    public static void Check(Plan plan, PlanIssues issues)
    {
        CheckUniqueIds(plan.Contributors.Select(c => c.Id), "contributors", IssueCodes.DuplicateContributor, "contributor", issues);
        CheckUniqueIds(plan.Schemes.Select(s => s.Id), "schemes", IssueCodes.DuplicateScheme, "scheme", issues);
        CheckContributorSchemes(plan, issues);
        for (var i = 0; i < plan.Schemes.Count; i++)
        {
            var scheme = plan.Schemes[i];
            var path = $"schemes[{i}]";
            CheckSource(plan, scheme, path, issues);
            CheckOwnership(plan, scheme, path, issues);
            CheckPercentages(scheme, path, issues);
        }
    }

    private static void CheckUniqueIds(IEnumerable<string> ids, string collection, string code, string noun, PlanIssues issues)
    {
        var seen = new HashSet<string>(Ids);
        var index = 0;
        foreach (var id in ids)
        {
            if (id.Length > 0 && !seen.Add(id))
            {
                issues.Add(code, $"{collection}[{index}].id", $"The {noun} id '{id}' is used twice.");
            }
            index++;
        }
    }

    private static void CheckContributorSchemes(Plan plan, PlanIssues issues)
    {
        var known = new HashSet<string>(plan.Schemes.Select(s => s.Id), Ids);
        for (var c = 0; c < plan.Contributors.Count; c++)
        {
            var contributor = plan.Contributors[c];
            var listed = new HashSet<string>(Ids);
            for (var k = 0; k < contributor.SchemeIds.Count; k++)
            {
                var id = contributor.SchemeIds[k];
                var path = $"contributors[{c}].schemes[{k}]";
                if (!known.Contains(id))
                {
                    issues.Add(IssueCodes.UnknownScheme, path, $"Contributor '{contributor.Id}' lists scheme '{id}', which is not in schemes.");
                }
                else if (!listed.Add(id))
                {
                    issues.Add(IssueCodes.DuplicateScheme, path, $"Contributor '{contributor.Id}' lists scheme '{id}' twice.");
                }
            }
        }
    }

    private static void CheckSource(Plan plan, Scheme scheme, string path, PlanIssues issues)
    {
        if (scheme.SourceOfFunding.Length == 0 || plan.Income.Any(i => i.Source == scheme.SourceOfFunding))
        {
            return;
        }
        var nearly = plan.Income.FirstOrDefault(i => string.Equals(i.Source, scheme.SourceOfFunding, StringComparison.OrdinalIgnoreCase));
        var hint = nearly is null ? "" : $" (income spells it '{nearly.Source}')";
        issues.Add(IssueCodes.UnknownSource, $"{path}.sourceOfFunding",
            $"Scheme '{scheme.Id}' is funded from '{scheme.SourceOfFunding}', which is not a source in income{hint}; a missing source is an error, not a zero.");
    }

    private static void CheckOwnership(Plan plan, Scheme scheme, string path, PlanIssues issues)
    {
        if (scheme.Id.Length == 0)
        {
            return;
        }
        var owners = plan.Contributors.Where(c => c.SchemeIds.Contains(scheme.Id, Ids)).Select(c => c.Id).Distinct(Ids).ToList();
        if (owners.Count == 0)
        {
            issues.Add(IssueCodes.UnownedScheme, $"{path}.id", $"Scheme '{scheme.Id}' is not listed by any contributor.");
        }
        else if (owners.Count > 1)
        {
            issues.Add(IssueCodes.SharedScheme, $"{path}.id",
                $"Scheme '{scheme.Id}' is listed by {owners.Count} contributors ({string.Join(", ", owners)}); it must belong to exactly one.");
        }
    }

    private static void CheckPercentages(Scheme scheme, string path, PlanIssues issues)
    {
        foreach (var (pct, name) in new[] { (scheme.PctNhs, "pctNhs"), (scheme.PctLa, "pctLa") })
        {
            if (pct > 100m)
            {
                issues.Add(IssueCodes.BadPercentages, $"{path}.{name}", $"Scheme '{scheme.Id}': {name} is {Format(pct.Value)}, more than 100.");
            }
        }
        if (scheme.Commissioner != Commissioner.Joint)
        {
            return;
        }
        if (scheme.PctNhs is null || scheme.PctLa is null)
        {
            issues.Add(IssueCodes.BadPercentages, $"{path}.pctNhs", $"Scheme '{scheme.Id}' is Joint: pctNhs and pctLa are both required.");
        }
        else if (scheme.PctNhs.Value + scheme.PctLa.Value != 100m)
        {
            issues.Add(IssueCodes.BadPercentages, $"{path}.pctNhs",
                $"Scheme '{scheme.Id}' is Joint: pctNhs {Format(scheme.PctNhs.Value)} + pctLa {Format(scheme.PctLa.Value)} must make 100 "
                + "(as percentages, 60 and 40; or as fractions, as a spreadsheet stores 60%, 0.6 and 0.4).");
        }
    }

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
