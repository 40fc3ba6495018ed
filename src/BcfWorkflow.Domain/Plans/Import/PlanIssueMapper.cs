using System.Text.RegularExpressions;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// Reports the problems <see cref="PlanReader"/> finds in the generated plan.json at the file, row and column they
/// came from (its issues name a JSON path, such as <c>schemes[3].sourceOfFunding</c>), in the words of the sheet:
/// "add a row 'Income: Winter Pressures'", not "not a source in income". A problem at a cell that already has one
/// (a value left out because it could not be read) is not repeated.
/// </summary>
internal sealed partial class PlanIssueMapper(ImportSheet schemesSheet, SchemeTable table, ImportSheet detailsSheet, PlanDetails details, ImportIssues issues)
{
    private static readonly Dictionary<string, string> SchemeColumns = new(StringComparer.Ordinal)
    {
        ["id"] = TemplateColumns.SchemeId, ["name"] = TemplateColumns.SchemeName, ["description"] = TemplateColumns.BriefDescription,
        ["schemeType"] = TemplateColumns.SchemeType, ["subType"] = TemplateColumns.SubTypes, ["schemeTypeOther"] = TemplateColumns.SchemeTypeOther,
        ["areaOfSpend"] = TemplateColumns.AreaOfSpend, ["areaOfSpendOther"] = TemplateColumns.AreaOfSpendOther,
        ["commissioner"] = TemplateColumns.Commissioner, ["pctNhs"] = TemplateColumns.PctNhs, ["pctLa"] = TemplateColumns.PctLa,
        ["provider"] = TemplateColumns.Provider, ["sourceOfFunding"] = TemplateColumns.SourceOfFunding,
        ["plannedOutputs"] = TemplateColumns.PlannedOutputs, ["units"] = TemplateColumns.Units,
    };

    private static readonly Dictionary<string, string> ContributorColumns = new(StringComparer.Ordinal)
    {
        ["id"] = PlanDetailsLayout.ContributorId, ["name"] = PlanDetailsLayout.ContributorName,
        ["email"] = PlanDetailsLayout.ContributorEmail, ["schemes"] = PlanDetailsLayout.SchemeIds,
    };

    private static readonly Dictionary<string, string> DetailLabels = new(StringComparer.Ordinal)
    {
        ["area"] = PlanDetailsLayout.Area, ["year"] = PlanDetailsLayout.Year, ["lead"] = PlanDetailsLayout.LeadName,
        ["lead.name"] = PlanDetailsLayout.LeadName, ["lead.email"] = PlanDetailsLayout.LeadEmail,
        ["requiredSpend"] = PlanDetailsLayout.MinimumOutOfHospital,
        ["requiredSpend.nhsCommissionedOutOfHospital"] = PlanDetailsLayout.MinimumOutOfHospital,
        ["requiredSpend.adultSocialCare"] = PlanDetailsLayout.MinimumAdultSocialCare,
        ["income"] = PlanDetailsLayout.IncomePrefix, ["contributors"] = PlanDetailsLayout.ContributorId,
    };

    [GeneratedRegex(@"^(?<list>schemes|contributors)\[(?<i>\d+)\](?:\.(?<field>\w+)(?:\[(?<k>\d+)\])?)?$")]
    private static partial Regex ItemPath();

    [GeneratedRegex(@"^income\[""(?<source>.*)""\]$")]
    private static partial Regex IncomePath();

    public void Report(IEnumerable<ValidationIssue> planIssues)
    {
        // A contributor's unknown or repeated ids are gathered, so a range such as 1-60 gives one line, not one per id.
        var listed = new Dictionary<(int Contributor, string Code), List<string>>();
        foreach (var issue in planIssues.Where(i => i.Severity == IssueSeverity.Error))
        {
            var path = issue.Column ?? "";
            var item = ItemPath().Match(path);
            if (item.Success && item.Groups["list"].Value == "contributors" && item.Groups["k"].Success)
            {
                var key = (int.Parse(item.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture), issue.Code);
                var id = details.Contributors[key.Item1].SchemeIds[int.Parse(item.Groups["k"].Value, System.Globalization.CultureInfo.InvariantCulture)];
                (listed.TryGetValue(key, out var ids) ? ids : listed[key] = []).Add(id);
                continue;
            }
            if (item.Success)
            {
                ReportItem(issue, item);
            }
            else if (IncomePath().Match(path) is { Success: true } income)
            {
                var entry = details.Income.FirstOrDefault(i => i.Source == income.Groups["source"].Value);
                Error(detailsSheet, issue.Code, entry?.Row, entry?.Label ?? PlanDetailsLayout.IncomePrefix, issue.Message);
            }
            else if (DetailLabels.TryGetValue(path, out var label))
            {
                Error(detailsSheet, issue.Code, details.LabelRows.TryGetValue(label, out var row) ? row : null, label, issue.Message);
            }
            else
            {
                Error(path.StartsWith("schemes", StringComparison.Ordinal) ? schemesSheet : detailsSheet, issue.Code, null, null, issue.Message);
            }
        }
        foreach (var ((index, code), ids) in listed)
        {
            ReportListedIds(details.Contributors[index], code, ids);
        }
    }

    private void ReportItem(ValidationIssue issue, Match item)
    {
        var index = int.Parse(item.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var field = item.Groups["field"].Success ? item.Groups["field"].Value : "id";
        if (item.Groups["list"].Value == "contributors")
        {
            var contributor = details.Contributors[index];
            var message = issue.Code == IssueCodes.DuplicateContributor
                ? $"Contributor ID '{contributor.Id}' is used twice (first on row {FirstRowOf(details.Contributors.Select(c => (c.Row, c.Id)), contributor.Id)}): give each contributor its own id."
                : issue.Message;
            Error(detailsSheet, issue.Code, contributor.Row, ContributorColumns.GetValueOrDefault(field, PlanDetailsLayout.ContributorId), message);
            return;
        }
        var scheme = table.Schemes[index];
        var column = field == "plannedExpenditure" ? table.AmountColumn : SchemeColumns.GetValueOrDefault(field, TemplateColumns.SchemeId);
        switch (issue.Code)
        {
            case IssueCodes.UnknownSource:
                Error(schemesSheet, issue.Code, scheme.Row, column,
                    $"Scheme {scheme.Id} is funded from '{scheme.Source}', which has no income row in the plan details: add a row 'Income: {scheme.Source}' "
                    + "with the year's income from it (0 if none), or correct the Source of Funding. A source without income is an error, not a zero.");
                break;
            case IssueCodes.UnownedScheme when !details.SchemeListsComplete:
                break; // a contributor's Scheme IDs could not be read (reported): the scheme may be in them
            case IssueCodes.UnownedScheme:
                Error(schemesSheet, issue.Code, scheme.Row, column,
                    $"Scheme {scheme.Id} is in no contributor's Scheme IDs: add it to the Scheme IDs of the contributor that returns it, in the plan details.");
                break;
            case IssueCodes.SharedScheme:
                var owners = details.Contributors.Where(c => c.SchemeIds.Contains(scheme.Id, StringComparer.OrdinalIgnoreCase)).Select(c => c.Id).Distinct().ToList();
                Error(schemesSheet, issue.Code, scheme.Row, column,
                    $"Scheme {scheme.Id} is in the Scheme IDs of {owners.Count} contributors ({string.Join(", ", owners)}): a scheme belongs to exactly one, "
                    + "so keep it in one contributor's Scheme IDs only.");
                break;
            case IssueCodes.DuplicateScheme:
                Error(schemesSheet, issue.Code, scheme.Row, column,
                    $"Scheme ID {scheme.Id} is used twice (first on row {FirstRowOf(table.Schemes.Select(s => (s.Row, s.Id)), scheme.Id)}): give each scheme its own id.");
                break;
            default:
                // PlanConsistency's words with the sheet's names: "% NHS 60 + % LA 30 must make 100 (as percentages…)".
                Error(schemesSheet, issue.Code, scheme.Row, column,
                    issue.Message.Replace("pctNhs", TemplateColumns.PctNhs, StringComparison.Ordinal).Replace("pctLa", TemplateColumns.PctLa, StringComparison.Ordinal));
                break;
        }
    }

    private void ReportListedIds(ContributorEntry contributor, string code, List<string> ids)
    {
        var list = ids.Count == 1 ? ids[0] : string.Join(", ", ids.Take(ids.Count - 1)) + " and " + ids[^1];
        string message;
        if (code == IssueCodes.UnknownScheme)
        {
            if (!table.IdsComplete)
            {
                return; // a Scheme ID cell could not be read (reported): these may be its ids
            }
            message = ids.Count == 1
                ? $"Contributor '{contributor.Id}' lists scheme {list}, which is not in the scheme table: correct its Scheme IDs, or add the scheme to the table."
                : $"Contributor '{contributor.Id}' lists schemes {list}, which are not in the scheme table: correct its Scheme IDs, or add the schemes to the table.";
        }
        else
        {
            message = $"Contributor '{contributor.Id}' lists {(ids.Count == 1 ? "scheme" : "schemes")} {list} twice (a range may cover an id listed again): list each scheme once.";
        }
        Error(detailsSheet, code, contributor.Row, PlanDetailsLayout.SchemeIds, message);
    }

    private static int FirstRowOf(IEnumerable<(int Row, string? Id)> rows, string? id) =>
        rows.First(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)).Row;

    private void Error(ImportSheet sheet, string code, int? row, string? column, string message)
    {
        if (!issues.WasReported(sheet, row, column))
        {
            issues.Error(sheet, code, row, column, message);
        }
    }
}
