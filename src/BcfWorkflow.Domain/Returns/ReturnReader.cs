using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>Reads a contributor's return (CSV, or a sheet of an .xlsx, .xls or .ods workbook) and validates it against the plan.</summary>
/// <remarks>
/// Every figure is read exactly as its author meant it, or refused with a message that says what to do; never
/// guessed. The format is found from the content, not the file name; the sheet is chosen by <see cref="ReturnSheet"/>;
/// text numbers are read in the file's own convention (<see cref="NumberText"/>). Every problem is reported at once;
/// the return is given only when there is no error (warnings allowed), with its rows in the plan's order of the
/// contributor's schemes. Issues name the 1-based row a spreadsheet shows and the column as the template spells it.
/// See <see cref="ReturnColumns"/> for header matching, <see cref="MoneyParser"/> for the amounts accepted and
/// <see cref="CommentWarnings"/> for the figures that need a comment.
/// </remarks>
public static class ReturnReader
{
    /// <param name="contributorId">The contributor expected; null to infer it from the scheme ids.</param>
    /// <param name="previous">Last quarter's return of the same contributor, when known (cumulative spend must not fall without a comment).</param>
    public static ReturnReadResult Read(Plan plan, string? contributorId, Stream content, string fileName, ContributorReturn? previous = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(content);
        var file = TableFileReader.Read(content, fileName);
        if (file.Workbook is not { } workbook)
        {
            return new ReturnReadResult(null, [file.Problem!]);
        }
        var issues = new ReturnIssues(fileName);
        var sheet = ReturnSheet.Choose(workbook, issues);
        if (sheet is null)
        {
            return new ReturnReadResult(null, issues.All);
        }
        var sheetName = workbook.IsText ? null : sheet.Name;
        var result = Read(plan, contributorId, workbook, sheet, previous, issues);
        return result with { Sheet = sheetName, Format = ReturnFileFormat.ExtensionOf(workbook.Kind) };
    }

    private static ReturnReadResult Read(Plan plan, string? contributorId, Workbook workbook, WorkbookSheet sheet, ContributorReturn? previous, ReturnIssues issues)
    {
        var tableRows = sheet.Rows;
        if (tableRows.Count == 0)
        {
            issues.Error(IssueCodes.EmptyFile, null, null, workbook.IsText
                ? "The file has no rows: it needs a header row and one row per scheme."
                : $"Sheet '{sheet.Name}' is empty: it needs a header row and one row per scheme.");
            return new ReturnReadResult(null, issues.All);
        }
        var header = ReturnHeader.Find(tableRows, issues);
        if (!header.Has(ReturnColumns.SchemeId))
        {
            return new ReturnReadResult(null, issues.All);
        }
        var headerNumber = header.Row.Number;
        var dataRows = tableRows.Where(r => r.Number > headerNumber).ToList();
        var contributor = FindContributor(plan, contributorId, header, dataRows, issues);
        var rows = new ReturnRowReader(plan, contributor, header, previous, NumberStyleOf(header, dataRows), issues);
        foreach (var row in dataRows)
        {
            if (workbook.IsText && HasCellsBeyondHeader(row, header, issues))
            {
                rows.ReadSchemeOnly(in row);
                continue;
            }
            rows.Read(in row);
        }
        rows.CheckTotals();
        if (contributor is null)
        {
            return new ReturnReadResult(null, issues.All);
        }
        RequireOutputsColumn(plan, contributor, header, issues);
        var ordinals = PlanIndex.Of(plan).OrdinalsOf(contributor);
        for (var i = 0; i < ordinals.Length; i++)
        {
            if (rows.HasSeen(ordinals[i]))
            {
                continue;
            }
            var missing = contributor.SchemeIds[i];
            var name = plan.FindScheme(missing)?.Name ?? missing;
            issues.Error(IssueCodes.MissingScheme, null, ReturnColumns.SchemeId,
                $"There is no row for scheme {missing} ({name}), which {contributor.Name} must return: add a row with its figures.");
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
        WarnIfSameAsLastQuarter(ordered, previous, issues);
        return new ReturnReadResult(new ContributorReturn(contributor.Id, issues.FileName, ordered), issues.All);
    }

    /// <summary>Figures to date are cumulative, so a quarter where no figure moved is rare; a last quarter's file sent
    /// again (the pre-filled return carries last quarter's figures) looks exactly like it. Said, not refused.</summary>
    private static void WarnIfSameAsLastQuarter(List<ReturnRow> rows, ContributorReturn? previous, ReturnIssues issues)
    {
        if (previous is null || rows.Count == 0)
        {
            return;
        }
        var before = previous.Rows.ToDictionary(r => r.SchemeId.Trim(), StringComparer.OrdinalIgnoreCase);
        var same = rows.All(r => before.TryGetValue(r.SchemeId.Trim(), out var b)
            && b.ExpenditureToDate == r.ExpenditureToDate && b.OutputsDeliveredToDate == r.OutputsDeliveredToDate
            && string.Equals((b.Comments ?? "").Trim(), (r.Comments ?? "").Trim(), StringComparison.Ordinal));
        if (same)
        {
            issues.Warning(IssueCodes.SameAsLastQuarter, null, null,
                "Every figure is the same as in last quarter's return. Check that you have filled in this quarter's figures; "
                + "if nothing has changed since last quarter, say so in the Comments column and this warning goes.");
        }
    }

    /// <summary>A file without the outputs column reads every scheme's outputs as NA. Where outputs are planned that is
    /// said, never done quietly: refused when the header has a column we do not read (it may be the outputs under
    /// another name, "Outputs": its figures would be lost), else a warning on the upload and for the lead.</summary>
    private static void RequireOutputsColumn(Plan plan, Contributor contributor, ReturnHeader header, ReturnIssues issues)
    {
        if (header.Has(ReturnColumns.OutputsDeliveredToDate))
        {
            return;
        }
        var planning = contributor.SchemeIds.Where(id => plan.FindScheme(id)?.PlannedOutputs is not null).ToList();
        if (planning.Count == 0)
        {
            return;
        }
        // Columns neither read nor the template's own (whose meaning is known): one may be the outputs under another name.
        var unread = header.Row.Cells.Select(c => CellText.Trim(c.Text))
            .Where(t => t.Length > 0 && ReturnColumns.Match(t) is null && !TemplateColumns.SchemeTable.Contains(t, ColumnNameComparer.Instance))
            .ToList();
        var schemes = planning.Count == 1 ? $"scheme {planning[0]} plans" : $"schemes {string.Join(", ", planning)} plan";
        var missing = $"The column '{ReturnColumns.OutputsDeliveredToDate}' is missing from the header row, but {schemes} outputs";
        if (unread.Count > 0)
        {
            issues.Error(IssueCodes.MissingColumn, header.Row.Number, ReturnColumns.OutputsDeliveredToDate,
                $"{missing}. The header has {(unread.Count == 1 ? "a column" : "columns")} this service does not read: "
                + $"{string.Join(", ", unread.Select(t => $"'{t}'"))}. If one holds the outputs, rename it '{ReturnColumns.OutputsDeliveredToDate}'; "
                + "otherwise add the column with the outputs delivered to date (or NA).");
            return;
        }
        issues.Warning(IssueCodes.MissingColumn, header.Row.Number, ReturnColumns.OutputsDeliveredToDate,
            $"{missing}: they are read as NA (none reported). Add the column with the outputs delivered to date if there are any; "
            + "the pre-filled return from your return page has it.");
    }

    /// <summary>The convention the file's text figures show (a spreadsheet's numeric cells have none).</summary>
    private static NumberStyleEvidence NumberStyleOf(ReturnHeader header, List<TableRow> dataRows)
    {
        var evidence = new NumberStyleEvidence();
        var money = header.IndexOf(ReturnColumns.ExpenditureToDate);
        var outputs = header.IndexOf(ReturnColumns.OutputsDeliveredToDate);
        foreach (var row in dataRows)
        {
            foreach (var column in (ReadOnlySpan<int>)[money, outputs])
            {
                var cell = row[column];
                if (cell.Kind == CellKind.Text && !cell.IsBlank)
                {
                    evidence.Observe(MoneyParser.Unsigned(CellText.Trim(cell.Span), out _));
                }
            }
        }
        return evidence;
    }

    /// <summary>A CSV row with more cells than the header: a comma inside an unquoted amount ("£374,277") split it,
    /// so none of its cells can be trusted to be in their column. Tools that export CSV give every row the same
    /// number of cells, so only a hand-made file has this.</summary>
    private static bool HasCellsBeyondHeader(in TableRow row, ReturnHeader header, ReturnIssues issues)
    {
        if (row.Count <= header.Row.Count)
        {
            return false;
        }
        issues.Error(IssueCodes.ExtraCells, row.Number, null,
            $"Row {row.Number} has more cells than the header ({row.Count}, the header has {header.Row.Count}), so its figures cannot be matched to "
            + "their columns. An amount with a comma, such as £374,277, must be in quotes in a CSV file: type it as 374277, or save the file "
            + "from Excel or LibreOffice, which adds the quotes.");
        return true;
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
                $"No row has a scheme id from the {plan.Area} {plan.Year} plan, so the contributor cannot be found: check the Scheme ID column.");
        }
        return inferred;
    }
}
