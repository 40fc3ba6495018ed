using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Aggregation;

/// <summary>Aggregates contributors' returns into the area's expenditure sheet.</summary>
/// <remarks>Figures are exact decimals; rounding belongs to the renderers. Where a contributor appears in more than
/// one return, the last one wins (callers pass the latest version of each).</remarks>
public static class AreaAggregator
{
    private const string MinimumNhsContribution = "Minimum NHS Contribution";
    private const string Acute = "Acute";
    private const string SocialCare = "Social Care";
    private const string Total = "Total";

    public static AreaSummary Aggregate(Plan plan, Quarter quarter, IEnumerable<ContributorReturn> returns)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(returns);

        var warnings = new List<ValidationIssue>();
        var latest = LatestReturnPerContributor(plan, returns);
        var returnedRows = ReturnedRowsBySchemeId(plan, latest.Values, warnings);

        var schemes = plan.Schemes.Select(s => ToSchemeLine(s, returnedRows)).ToList();
        var checklist = ChecklistRule.All.Select(r => Check(r, schemes, warnings)).ToList();

        warnings.InsertRange(0, MissingReturns(plan, latest));
        warnings.AddRange(UnknownSources(plan, schemes));
        warnings.AddRange(SourcesNotInTheYearsTemplate(plan));
        warnings.AddRange(SpendAbovePlanWithoutComment(schemes, returnedRows));

        return new AreaSummary(
            plan.Area,
            plan.Year,
            quarter.ToString(),
            RunningBalances(plan, schemes),
            RequiredSpend(plan, schemes),
            schemes,
            checklist,
            warnings);
    }

    private static Dictionary<string, ContributorReturn> LatestReturnPerContributor(Plan plan, IEnumerable<ContributorReturn> returns)
    {
        var latest = new Dictionary<string, ContributorReturn>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in returns)
        {
            latest[plan.FindContributor(r.ContributorId)?.Id ?? r.ContributorId] = r;
        }
        return latest;
    }

    private static Dictionary<string, ReturnedRow> ReturnedRowsBySchemeId(
        Plan plan, IEnumerable<ContributorReturn> returns, List<ValidationIssue> warnings)
    {
        var rows = new Dictionary<string, ReturnedRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in returns)
        {
            foreach (var row in r.Rows)
            {
                var owner = plan.OwnerOf(row.SchemeId);
                if (owner is null || !string.Equals(owner.Id, r.ContributorId, StringComparison.OrdinalIgnoreCase))
                {
                    warnings.Add(Warning(AggregationWarningCodes.ForeignScheme, r.FileName, TemplateColumns.SchemeId,
                        $"Scheme {row.SchemeId} is not one of {plan.FindContributor(r.ContributorId)?.Name ?? r.ContributorId}'s schemes; the row is ignored."));
                    continue;
                }
                rows[row.SchemeId.Trim()] = new ReturnedRow(row, r.FileName);
            }
        }
        return rows;
    }

    private static SchemeLine ToSchemeLine(Scheme scheme, Dictionary<string, ReturnedRow> returnedRows) =>
        returnedRows.TryGetValue(scheme.Id.Trim(), out var returned)
            ? new SchemeLine(scheme, true, returned.Row.ExpenditureToDate, returned.Row.OutputsDeliveredToDate, returned.Row.Comments ?? "")
            : new SchemeLine(scheme, false, null, null, "");

    private static List<RunningBalance> RunningBalances(Plan plan, IReadOnlyList<SchemeLine> schemes)
    {
        var balances = plan.Income
            .Select(i => Balance(i.Source, i.Income, schemes.Where(l => SameText(l.Scheme.SourceOfFunding, i.Source)).Sum(SpendOf)))
            .ToList();
        balances.Add(Balance(Total, balances.Sum(b => b.Income), balances.Sum(b => b.ExpenditureToDate)));
        return balances;
    }

    private static RunningBalance Balance(string source, decimal income, decimal toDate) =>
        new(source, income, toDate, income == 0m ? null : toDate / income, income - toDate);

    private static List<RequiredSpendLine> RequiredSpend(Plan plan, IReadOnlyList<SchemeLine> schemes)
    {
        var minimumNhs = schemes.Where(l => SameText(l.Scheme.SourceOfFunding, MinimumNhsContribution)).ToList();
        var outOfHospital = minimumNhs
            .Where(l => !SameText(l.Scheme.AreaOfSpend, Acute))
            .Sum(l => SpendOf(l) * l.Scheme.NhsShare);
        var adultSocialCare = minimumNhs
            .Where(l => SameText(l.Scheme.AreaOfSpend, SocialCare))
            .Sum(SpendOf);
        return
        [
            Line(RequiredSpendNames.NhsCommissionedOutOfHospital, plan.RequiredSpend.NhsCommissionedOutOfHospital, outOfHospital),
            Line(RequiredSpendNames.AdultSocialCare, plan.RequiredSpend.AdultSocialCare, adultSocialCare),
        ];
    }

    private static RequiredSpendLine Line(string name, decimal minimum, decimal toDate) => new(name, minimum, toDate, minimum - toDate);

    /// <summary>The column's checklist item; a warning names the schemes blank in it, except a returned column's blanks
    /// on schemes whose contributor has not returned (one missing-return warning says that, not one per column).</summary>
    private static ChecklistItem Check(ChecklistRule rule, IReadOnlyList<SchemeLine> schemes, List<ValidationIssue> warnings)
    {
        var blank = schemes.Where(l => !rule.IsFilled(l)).ToList();
        var named = blank.Where(l => !rule.FromReturn || l.Returned).Select(l => l.Scheme.Id).ToList();
        if (named.Count > 0)
        {
            warnings.Add(Warning(AggregationWarningCodes.ChecklistIncomplete, "", rule.Column,
                $"'{rule.Column}' is blank for scheme{(named.Count == 1 ? "" : "s")} {string.Join(", ", named)}."));
        }
        return new ChecklistItem(rule.Column, blank.Count == 0);
    }

    private static IEnumerable<ValidationIssue> MissingReturns(Plan plan, Dictionary<string, ContributorReturn> latest) =>
        plan.Contributors
            .Where(c => !latest.ContainsKey(c.Id))
            .Select(c => Warning(AggregationWarningCodes.MissingReturn, "", null,
                $"{c.Name} has not returned its rows: {SchemesText(plan.SchemesOf(c).Select(s => s.Id).ToList())} blank."));

    /// <summary>"scheme 50 is", "schemes 50 and 51 are", "schemes 50, 51 and 52 are".</summary>
    private static string SchemesText(IReadOnlyList<string> ids) => ids.Count switch
    {
        0 => "it has no schemes, so nothing is",
        1 => $"scheme {ids[0]} is",
        _ => $"schemes {string.Join(", ", ids.Take(ids.Count - 1))} and {ids[^1]} are",
    };

    private static IEnumerable<ValidationIssue> UnknownSources(Plan plan, IReadOnlyList<SchemeLine> schemes) =>
        schemes
            .Where(l => !plan.Sources.Any(s => SameText(s, l.Scheme.SourceOfFunding)))
            .Select(l => Warning(AggregationWarningCodes.UnknownSource, "", TemplateColumns.SourceOfFunding,
                $"Scheme {l.Scheme.Id}: source of funding '{l.Scheme.SourceOfFunding}' has no income in the plan; its spend is in no running balance."));

    /// <summary>The plan's sources the year's template does not name (2025-26 merged the discharge funds and renamed the
    /// iBCF): its running balances would not line up with the national workbook's rows. Only for a year the data knows.</summary>
    private static IEnumerable<ValidationIssue> SourcesNotInTheYearsTemplate(Plan plan)
    {
        var template = Reporting.ReportingTemplates.For(plan.Year);
        if (!template.IsKnownYear || template.FundingSources.Count == 0)
        {
            return [];
        }
        return plan.Sources
            .Where(source => !template.FundingSources.Any(known => SameText(known, source)))
            .Select(source => Warning(AggregationWarningCodes.SourceNotInTemplate, "", TemplateColumns.SourceOfFunding,
                $"The plan's source of funding '{source}' is not one the {plan.Year} template names ({string.Join(", ", template.FundingSources)}): check the plan's income."));
    }

    private static IEnumerable<ValidationIssue> SpendAbovePlanWithoutComment(
        IReadOnlyList<SchemeLine> schemes, Dictionary<string, ReturnedRow> returnedRows) =>
        schemes
            .Where(l => l.ExpenditureToDate > l.Scheme.PlannedExpenditure && string.IsNullOrWhiteSpace(l.Comments))
            .Select(l => Warning(AggregationWarningCodes.NeedsComment, returnedRows[l.Scheme.Id.Trim()].FileName, TemplateColumns.Comments,
                $"Scheme {l.Scheme.Id}: expenditure to date {MoneyFormat.Pounds(SpendOf(l))} is above the planned {MoneyFormat.Pounds(l.Scheme.PlannedExpenditure)}; a comment is needed."));

    private static decimal SpendOf(SchemeLine line) => line.ExpenditureToDate ?? 0m;

    private static bool SameText(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static ValidationIssue Warning(string code, string file, string? column, string message) =>
        new(code, file, null, column, message, IssueSeverity.Warning);

    private sealed record ReturnedRow(ReturnRow Row, string FileName);
}
