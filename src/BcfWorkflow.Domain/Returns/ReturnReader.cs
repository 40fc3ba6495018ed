using System.Runtime.InteropServices;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>Reads a contributor's return (CSV, or the first sheet of an .xlsx) and validates it against the plan.</summary>
/// <remarks>
/// The format is found from the content (a zip is an .xlsx), not the file name. Every problem is reported at once;
/// the return is given only when there is no error (warnings allowed), with its rows in the plan's order of the
/// contributor's schemes. Issues name the 1-based row a spreadsheet shows (header = row 1) and the column as the
/// template spells it. See <see cref="ReturnColumns"/> for header matching, <see cref="Parsing.MoneyParser"/> for
/// the amounts accepted and <see cref="CommentWarnings"/> for the figures that need a comment.
/// </remarks>
public static class ReturnReader
{
    /// <param name="contributorId">The contributor expected; null to infer it from the scheme ids.</param>
    /// <param name="previous">Last quarter's return of the same contributor, when known (cumulative spend must not fall without a comment).</param>
    public static ReturnReadResult Read(Plan plan, string? contributorId, Stream content, string fileName, ContributorReturn? previous = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(content);
        var table = TableFileReader.Read(content, fileName);
        if (table.Problem is { } problem)
        {
            return new ReturnReadResult(null, [problem]);
        }
        var issues = new ReturnIssues(fileName);
        if (table.Rows.Count == 0)
        {
            issues.Error(IssueCodes.EmptyFile, null, null, $"{fileName} has no rows: it needs a header row and one row per scheme.");
            return new ReturnReadResult(null, issues.All);
        }
        var header = ReturnHeader.Find(table.Rows, issues);
        if (!header.Has(ReturnColumns.SchemeId))
        {
            return new ReturnReadResult(null, issues.All);
        }
        var headerNumber = header.Row.Number;
        var dataRows = table.Rows.Where(r => r.Number > headerNumber);
        var contributor = FindContributor(plan, contributorId, header, dataRows, issues);
        var rows = new ReturnRowReader(plan, contributor, header, previous, issues);
        foreach (ref readonly var row in CollectionsMarshal.AsSpan(table.Rows))
        {
            // The rows below the header (usually the first row), read in place.
            if (row.Number > headerNumber)
            {
                rows.Read(in row);
            }
        }
        if (contributor is null)
        {
            return new ReturnReadResult(null, issues.All);
        }
        var ordinals = PlanIndex.Of(plan).OrdinalsOf(contributor);
        for (var i = 0; i < ordinals.Length; i++)
        {
            if (rows.HasSeen(ordinals[i]))
            {
                continue;
            }
            var missing = contributor.SchemeIds[i];
            var name = plan.FindScheme(missing)?.Name ?? missing;
            issues.Error(IssueCodes.MissingScheme, null, ReturnColumns.SchemeId, $"There is no row for scheme {missing} ({name}), which {contributor.Name} must return.");
        }
        if (issues.HasErrors)
        {
            return new ReturnReadResult(null, issues.All);
        }
        var ordered = new List<ReturnRow>(ordinals.Length);
        foreach (var ordinal in ordinals)
        {
            ordered.Add(rows.Row(ordinal));
        }
        return new ReturnReadResult(new ContributorReturn(contributor.Id, fileName, ordered), issues.All);
    }

    private static Contributor? FindContributor(Plan plan, string? contributorId, ReturnHeader header, IEnumerable<TableRow> dataRows, ReturnIssues issues)
    {
        if (contributorId is not null)
        {
            var named = plan.FindContributor(contributorId);
            if (named is null)
            {
                issues.Error(IssueCodes.UnknownContributor, null, null, $"'{contributorId}' is not a contributor in the {plan.Area} {plan.Year} plan.");
            }
            return named;
        }
        var index = PlanIndex.Of(plan);
        var inferred = dataRows
            .Select(r => CellText.Trim(header.Cell(r, ReturnColumns.SchemeId).Text))
            .Where(id => id.Length > 0 && index.FindScheme(id) is not null)
            .Select(index.OwnerOf)
            .FirstOrDefault(owner => owner is not null);
        if (inferred is null)
        {
            issues.Error(IssueCodes.UnknownContributor, null, ReturnColumns.SchemeId,
                $"No row has a scheme id from the {plan.Area} {plan.Year} plan, so the contributor cannot be found.");
        }
        return inferred;
    }
}
