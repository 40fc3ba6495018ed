using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// Builds an area's plan.json from the scheme table a lead already has (a workbook or CSV whose header row has the
/// template's column names, one row per scheme) and the plan details it does not hold (<see cref="PlanDetailsLayout"/>:
/// a sheet named "Plan details" in the same workbook, or a file of their own).
/// </summary>
/// <remarks>
/// Files are read by content, as returns are (<see cref="TableFileReader"/>: .xlsx, .xls, .ods, CSV in any delimiter
/// and encoding). Every cell is read as its author meant it or reported, never guessed. The plan.json built is then
/// read by <see cref="PlanReader"/>, so an imported plan passes exactly the checks a written one does; its problems
/// (a scheme no contributor owns, a source without income…) are reported at the row and column they came from.
/// Every problem is reported at once, and the plan is given only when there is none.
/// </remarks>
public static class PlanImporter
{
    /// <param name="schemes">The scheme table: a CSV, or a workbook whose one sheet with a scheme table is read.</param>
    /// <param name="details">The plan details as a file of their own; null to read the "Plan details" sheet of <paramref name="schemes"/>.</param>
    public static PlanImportResult Import(ImportFile schemes, ImportFile? details = null)
    {
        ArgumentNullException.ThrowIfNull(schemes);
        var issues = new ImportIssues();
        var schemesBook = Read(schemes, issues);
        var detailsBook = details is null ? schemesBook : Read(details, issues);
        var schemeSheet = schemesBook is null ? null : ImportSheets.Schemes(schemesBook, schemes.FileName, issues);
        var detailsSheet = detailsBook is null ? null : ImportSheets.Details(detailsBook, (details ?? schemes).FileName, details is not null, issues);
        var table = schemeSheet is null ? null : SchemeTableReader.Read(schemeSheet, issues);
        var planDetails = detailsSheet is null ? null : PlanDetailsReader.Read(detailsSheet, issues);
        if (table is null || planDetails is null)
        {
            return new PlanImportResult(null, null, issues.InSheetOrder(schemeSheet));
        }

        var json = PlanJsonBuilder.Build(planDetails, table);
        PlanReadResult read;
        using (var stream = new MemoryStream(json, writable: false))
        {
            read = PlanReader.Read(stream, schemes.FileName);
        }
        new PlanIssueMapper(schemeSheet!, table, detailsSheet!, planDetails, issues).Report(read.Issues);
        if (!read.IsValid && !issues.HasErrors)
        {
            // Not expected: every problem of the plan is one of a cell already reported; say so rather than fail silently.
            issues.Add(new ValidationIssue(IssueCodes.BadField, schemes.FileName, null, null,
                "The plan could not be built from these files: " + string.Join(" ", read.Issues.Select(i => i.Message))));
        }
        return issues.HasErrors
            ? new PlanImportResult(null, null, issues.InSheetOrder(schemeSheet))
            : new PlanImportResult(read.Plan, json, issues.All);
    }

    private static Workbook? Read(ImportFile file, ImportIssues issues)
    {
        var read = TableFileReader.Read(file.Content, file.FileName);
        if (read.Problem is { } problem)
        {
            issues.Add(problem.Code == IssueCodes.EmptyFile
                ? problem with { Message = $"The file is empty: it needs the plan's scheme table and details, as {ReturnFileFormat.Accepted}." }
                : problem);
        }
        return read.Workbook;
    }
}
