using System.Text.Json.Nodes;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// Reads the plan details (<see cref="PlanDetailsLayout"/>): label/value rows until the contributors table's header
/// ("Contributor ID | Name | Email | Scheme IDs"), then one row per contributor. Every problem is reported; a
/// detail that is missing is an error, never a default (a source without an income row is not a zero).
/// </summary>
internal static class PlanDetailsReader
{
    /// <returns>The details, or null when there is no contributors table to read (reported).</returns>
    public static PlanDetails? Read(ImportSheet sheet, ImportIssues issues)
    {
        var details = new PlanDetails();
        var headerIndex = FindContributorsHeader(sheet.Rows);
        var labelRows = headerIndex < 0 ? sheet.Rows : sheet.Rows.Take(headerIndex).ToList();
        var cells = new ImportCells(sheet, MoneyStyleOf(labelRows), issues);
        foreach (var row in labelRows)
        {
            ReadLabelRow(row, cells, details, issues);
        }
        ReportMissingLabels(sheet, details, issues);
        if (headerIndex < 0)
        {
            issues.Error(sheet, IssueCodes.MissingDetail, null, PlanDetailsLayout.ContributorId,
                "The plan details have no contributors table: under the other details, add a header row Contributor ID | Name | Email | "
                + "Scheme IDs, then one row per contributor with the ids of the schemes it returns (such as 1-19, 31, 59).");
            return null;
        }
        return ReadContributors(sheet, headerIndex, cells, details, issues) ? details : null;
    }

    private static void ReadLabelRow(TableRow row, ImportCells cells, PlanDetails details, ImportIssues issues)
    {
        var sheet = cells.Sheet;
        var first = 0;
        while (first < row.Count && row[first].IsBlank)
        {
            first++;
        }
        var labelText = CellText.Trim(row[first].Text);
        var filled = row.Count;
        while (filled > 0 && row[filled - 1].IsBlank)
        {
            filled--;
        }
        var label = Label(labelText);
        var isIncome = label is null && IsIncomeLabel(labelText);
        if (label is null && !isIncome)
        {
            if (filled > first + 1)
            {
                issues.Error(sheet, IssueCodes.UnknownDetail, row.Number, labelText,
                    $"'{labelText}' is not one of the plan details ({string.Join(", ", PlanDetailsLayout.Labels)}, or 'Income: SOURCE'): "
                    + "correct the label, or delete the row.");
            }
            return; // a title or a note
        }
        // A row with cells after its value is reported, and still counts as given (so it is not also reported missing).
        var extraCells = filled > first + 2;
        if (extraCells)
        {
            issues.Error(sheet, IssueCodes.ExtraCells, row.Number, label ?? labelText,
                $"The row has cells after its value: a plan detail is a label and one value. In a CSV file, text or an amount with a comma "
                + "(such as £4,850,818) must be in quotes: type the amount as 4850818, or save the file from Excel or LibreOffice.");
        }
        if (isIncome)
        {
            ReadIncome(row, first, labelText, extraCells ? null : cells, details, issues, cells.Sheet);
            return;
        }
        if (details.LabelRows.TryGetValue(label!, out var firstRow))
        {
            issues.Error(sheet, IssueCodes.DuplicateDetail, row.Number, label, $"'{label}' is given twice (first on row {firstRow}): delete one of the rows.");
            return;
        }
        details.LabelRows[label!] = row.Number;
        if (extraCells)
        {
            return;
        }
        var value = first + 1;
        JsonNode? read = label switch
        {
            PlanDetailsLayout.Area => cells.Text(row, value, label, $"{label} is blank: type the area's name, such as Leicestershire."),
            PlanDetailsLayout.Year => cells.FinancialYear(row, value, label),
            PlanDetailsLayout.LeadName => cells.Text(row, value, label, $"{label} is blank: type the name of the area's BCF lead."),
            PlanDetailsLayout.LeadEmail => cells.Email(row, value, label),
            _ => cells.Money(row, value, label!),
        };
        if (read is not null)
        {
            details.Values[label!] = read;
        }
    }

    /// <param name="cells">Null when the row's value is not to be read (its cells are reported already).</param>
    private static void ReadIncome(TableRow row, int first, string labelText, ImportCells? cells, PlanDetails details, ImportIssues issues, ImportSheet sheet)
    {
        var source = labelText[(labelText.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        if (source.EndsWith("(£)", StringComparison.Ordinal))
        {
            source = source[..^3].TrimEnd();
        }
        if (source.Length == 0)
        {
            issues.Error(sheet, IssueCodes.MissingDetail, row.Number, labelText,
                "The income row names no source of funding: write the label as 'Income: ' and the source, such as 'Income: DFG'.");
            return;
        }
        var earlier = details.Income.FirstOrDefault(i => CellText.SameIgnoringCaseAndSpaces(i.Source, source));
        if (earlier is not null)
        {
            issues.Error(sheet, IssueCodes.DuplicateDetail, row.Number, labelText,
                $"The income of '{source}' is given twice (first on row {earlier.Row}): delete one of the rows.");
            return;
        }
        details.Income.Add(new IncomeEntry(row.Number, labelText, source, cells?.Money(row, first + 1, labelText)));
    }

    private static void ReportMissingLabels(ImportSheet sheet, PlanDetails details, ImportIssues issues)
    {
        foreach (var label in PlanDetailsLayout.Labels.Where(l => !details.LabelRows.ContainsKey(l)))
        {
            issues.Error(sheet, IssueCodes.MissingDetail, null, label,
                $"The plan details have no '{label}' row: add a row with '{label}' in the first column and {Example(label)} in the second.");
        }
        if (details.Income.Count == 0)
        {
            issues.Error(sheet, IssueCodes.MissingDetail, null, PlanDetailsLayout.IncomePrefix,
                "The plan details have no income rows: add one row per source of funding, in template order, such as 'Income: DFG' "
                + "then the year's income from it (0 for a source with none).");
        }
    }

    private static string Example(string label) => label switch
    {
        PlanDetailsLayout.Area => "the area's name (such as Leicestershire)",
        PlanDetailsLayout.Year => "the year (such as 2024-25)",
        PlanDetailsLayout.LeadName => "the BCF lead's name",
        PlanDetailsLayout.LeadEmail => "the BCF lead's email address",
        _ => "the amount (such as 14633036)",
    };

    /// <returns>False when the table's header lacks a column (reported): its rows cannot be read.</returns>
    private static bool ReadContributors(ImportSheet sheet, int headerIndex, ImportCells cells, PlanDetails details, ImportIssues issues)
    {
        var header = sheet.Rows[headerIndex];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < header.Count; i++)
        {
            var key = LabelKey(header[i].Text);
            var column = PlanDetailsLayout.ContributorColumns.FirstOrDefault(c => LabelKey(c) == key);
            if (column is not null && !columns.TryAdd(column, i))
            {
                issues.Error(sheet, IssueCodes.DuplicateColumn, header.Number, column, $"The column '{column}' appears twice in the contributors table's header: delete one of them.");
                ok = false;
            }
        }
        foreach (var missing in PlanDetailsLayout.ContributorColumns.Where(c => !columns.ContainsKey(c)))
        {
            issues.Error(sheet, IssueCodes.MissingColumn, header.Number, missing,
                $"The contributors table has no '{missing}' column: its header must be Contributor ID | Name | Email | Scheme IDs.");
            ok = false;
        }
        if (!ok)
        {
            return false;
        }
        var width = columns.Values.Max() + 1;
        foreach (var row in sheet.Rows.Skip(headerIndex + 1))
        {
            details.Contributors.Add(ReadContributor(row, columns, width, cells, details, issues));
        }
        if (details.Contributors.Count == 0)
        {
            issues.Error(sheet, IssueCodes.MissingDetail, header.Number, PlanDetailsLayout.ContributorId,
                "The contributors table has no rows: add one row per contributor under its header.");
        }
        return true;
    }

    private static ContributorEntry ReadContributor(TableRow row, Dictionary<string, int> columns, int width, ImportCells cells, PlanDetails details, ImportIssues issues)
    {
        var json = new JsonObject();
        var filled = row.Count;
        while (filled > 0 && row[filled - 1].IsBlank)
        {
            filled--;
        }
        if (cells.Sheet.IsText && filled > width)
        {
            issues.Error(cells.Sheet, IssueCodes.ExtraCells, row.Number, null,
                $"Row {row.Number} has more cells than the contributors table's header ({filled}, the header has {width}). In a CSV file, a list "
                + "of scheme ids with commas must be in quotes (\"1-19, 31, 59\"): separate the ids with semicolons, or save the file from Excel or LibreOffice.");
            details.SchemeListsComplete = false;
            return new ContributorEntry(row.Number, null, [], json);
        }
        var id = cells.Id(row, columns[PlanDetailsLayout.ContributorId], PlanDetailsLayout.ContributorId,
            "Contributor ID is blank: type a short id for the contributor, such as blaby.");
        Put(json, "id", id);
        Put(json, "name", cells.Text(row, columns[PlanDetailsLayout.ContributorName], PlanDetailsLayout.ContributorName, "Name is blank: type the contributor's name."));
        Put(json, "email", cells.Email(row, columns[PlanDetailsLayout.ContributorEmail], PlanDetailsLayout.ContributorEmail));
        var schemeIds = cells.SchemeIds(row, columns[PlanDetailsLayout.SchemeIds], PlanDetailsLayout.SchemeIds);
        if (schemeIds is null)
        {
            details.SchemeListsComplete = false;
        }
        else
        {
            json["schemes"] = new JsonArray([.. schemeIds.Select(s => (JsonNode)JsonValue.Create(s))]);
        }
        return new ContributorEntry(row.Number, id, schemeIds ?? [], json);
    }

    private static void Put(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    /// <summary>The index of the row naming a "Contributor ID" column, or -1.</summary>
    private static int FindContributorsHeader(IReadOnlyList<TableRow> rows)
    {
        var key = LabelKey(PlanDetailsLayout.ContributorId);
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Cells.Any(c => LabelKey(c.Text) == key))
            {
                return r;
            }
        }
        return -1;
    }

    /// <summary>The label of <see cref="PlanDetailsLayout.Labels"/> a cell names, or null.</summary>
    private static string? Label(string text)
    {
        var key = LabelKey(text);
        return PlanDetailsLayout.Labels.FirstOrDefault(l => LabelKey(l) == key);
    }

    /// <summary>Whether a label starts "Income:" (case and spaces ignored).</summary>
    private static bool IsIncomeLabel(string text) =>
        CellText.Normalise(text).Replace(" :", ":", StringComparison.Ordinal).StartsWith("income:", StringComparison.Ordinal);

    /// <summary>A label as compared: case and spaces ignored, without a trailing ":" or "(£)".</summary>
    private static string LabelKey(string text) => ReturnColumns.Key(CellText.Normalise(text).TrimEnd(':', ' ')).TrimEnd(':', ' ');

    /// <summary>The convention the money values show (the minimums and income rows; other values are not figures).</summary>
    private static NumberStyleEvidence MoneyStyleOf(IEnumerable<TableRow> labelRows)
    {
        var evidence = new NumberStyleEvidence();
        foreach (var row in labelRows)
        {
            var first = 0;
            while (first < row.Count && row[first].IsBlank)
            {
                first++;
            }
            var label = Label(CellText.Trim(row[first].Text));
            var isMoney = label is PlanDetailsLayout.MinimumOutOfHospital or PlanDetailsLayout.MinimumAdultSocialCare
                || (label is null && IsIncomeLabel(row[first].Text));
            var cell = row[first + 1];
            if (isMoney && cell.Kind == CellKind.Text && !cell.IsBlank)
            {
                evidence.Observe(MoneyParser.Unsigned(CellText.Trim(cell.Span), out _));
            }
        }
        return evidence;
    }
}
