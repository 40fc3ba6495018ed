using System.Globalization;
using System.Text.RegularExpressions;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Rendering.Official;

/// <summary>Finds, in NHS England's workbook, the sheets of the year's template and every input cell BcfWorkflow
/// fills (the rule is <see cref="ReportingWorkbook"/>'s), and says what stops it: each a problem, never a guess.</summary>
internal sealed partial class WorkbookLocator
{
    private const string AsItCame = "Attach NHS England's reporting workbook as it came";

    private readonly WorkbookPackage package;
    private readonly string file;
    private readonly List<ValidationIssue> problems = [];
    private readonly List<LocatedInput> inputs = [];
    private readonly List<string> sheets = [];

    private WorkbookLocator(WorkbookPackage package, string file)
    {
        this.package = package;
        this.file = file;
    }

    /// <summary>Locates every input of the year's template for these schemes (the plan's, or the summary's).</summary>
    public static LocatedWorkbook Locate(WorkbookPackage package, string file, string area, ReportingTemplate template, string quarter, IReadOnlyList<Scheme> schemes)
    {
        var locator = new WorkbookLocator(package, file);
        var sheets = template.Sheets;
        if (!locator.HasAnyTemplateSheet(sheets, template, quarter))
        {
            return new LocatedWorkbook(locator.problems, locator.sheets, 0, locator.inputs);
        }
        if (locator.Sheet(sheets.Cover) is { } cover)
        {
            locator.CheckTitle(cover, template, quarter);
            locator.CheckBoard(cover, area);
            foreach (var question in template.CoverQuestions)
            {
                locator.Beside(cover, $"cover.{question.Key}", question.Label, ["answer"], text => Same(text, question.Label));
            }
        }
        if (template.NationalConditions.Count > 0 && locator.Sheet(sheets.NationalConditions) is { } conditions)
        {
            for (var i = 0; i < template.NationalConditions.Count; i++)
            {
                var number = (i + 1).ToString(CultureInfo.InvariantCulture);
                var condition = template.NationalConditions[i];
                locator.Beside(conditions, $"nationalConditions.{number}", condition, ["met", "explanation"],
                    text => Normal(text).StartsWith(number + ")", StringComparison.Ordinal) || Same(text, condition));
            }
        }
        if (template.Metrics.Count > 0 && locator.Sheet(sheets.Metrics) is { } metrics)
        {
            for (var i = 0; i < template.Metrics.Count; i++)
            {
                var name = template.Metrics[i].Name;
                locator.Beside(metrics, $"metrics.{i + 1}", name, ["assessment", "challenges", "achievements"], text => Same(text, name));
            }
        }
        var rows = 0;
        if (locator.Sheet(sheets.Expenditure) is { } expenditure)
        {
            rows = locator.SchemeTable(expenditure, area, template.Year, schemes);
        }
        return new LocatedWorkbook(locator.problems, locator.sheets, rows, locator.inputs);
    }

    /// <summary>The sheet named as the template names it ("6. Expenditure"), or by its name without the number
    /// ("Expenditure"), ignoring case and spaces.</summary>
    private SheetGrid? Sheet(string name)
    {
        var matches = this.package.Sheets.Where(s => Same(s.Name, name)).ToList();
        if (matches.Count == 0)
        {
            matches = [.. this.package.Sheets.Where(s => Same(Unnumbered(s.Name), Unnumbered(name)))];
        }
        if (matches.Count == 1)
        {
            this.sheets.Add(matches[0].Name);
            return this.package.Grid(matches[0]);
        }
        problems.Add(matches.Count == 0
            ? Problem(IssueCodes.MissingSheet, null, null,
                $"The workbook has no sheet named '{name}' (its sheets are {string.Join(", ", this.package.Sheets.Select(s => $"'{s.Name}'"))}). {AsItCame}, with its sheets as they were named.")
            : Problem(IssueCodes.AmbiguousLabel, null, null,
                $"The workbook has {matches.Count} sheets that could be '{name}' ({string.Join(", ", matches.Select(s => $"'{s.Name}'"))}), so BcfWorkflow cannot tell which to fill. {AsItCame}."));
        return null;
    }

    /// <summary>A workbook with none of the template's sheets is not the reporting workbook at all (a return, another
    /// spreadsheet): one problem says so, rather than one per sheet and label it lacks.</summary>
    private bool HasAnyTemplateSheet(ReportingSheets sheets, ReportingTemplate template, string quarter)
    {
        string[] wanted = [sheets.Cover, sheets.NationalConditions, sheets.Metrics, sheets.Expenditure];
        if (this.package.Sheets.Any(s => wanted.Any(w => Same(s.Name, w) || Same(Unnumbered(s.Name), Unnumbered(w)))))
        {
            return true;
        }
        problems.Add(Problem(IssueCodes.WrongWorkbook, null, null,
            $"This is not NHS England's reporting workbook: it has none of its sheets ({string.Join(", ", wanted.Select(w => $"'{w}'"))}), "
            + $"only {string.Join(", ", this.package.Sheets.Select(s => $"'{s.Name}'"))}. Attach the {template.Year} {quarter} reporting workbook NHS England sent, as it came."));
        return false;
    }

    /// <summary>A workbook whose cover names another Health and Wellbeing Board (typed in beside "Selected Health and
    /// Wellbeing Board:" or "Health and Wellbeing Board:") is another area's: its scheme ids may even match.</summary>
    private void CheckBoard(SheetGrid sheet, string area)
    {
        string[] labels = [SelectedBoardLabel, BoardLabel];
        foreach (var (label, text) in sheet.TextCells.Where(c => labels.Any(l => Same(c.Text, l))).OrderBy(c => c.Cell.Row).ThenBy(c => c.Cell.Column))
        {
            var named = sheet.TextCells
                .Where(c => c.Cell.Row == label.Row && c.Cell.Column > label.Column && !string.IsNullOrWhiteSpace(c.Text))
                .OrderBy(c => c.Cell.Column).Select(c => (c.Cell, c.Text)).FirstOrDefault();
            if (named.Text is { } board && !Same(Letters(board), Letters(area)))
            {
                problems.Add(Problem(IssueCodes.WrongWorkbook, sheet, named.Cell,
                    $"This workbook is for {board.Trim()} ('{sheet.Name}'!{named.Cell}, beside \"{text.Trim()}\"), not {area}. Attach {area}'s reporting workbook; "
                    + $"if it is {area}'s, make the plan's area name match the workbook's."));
                return;
            }
        }
    }

    private const string SelectedBoardLabel = "Selected Health and Wellbeing Board:";
    private const string BoardLabel = "Health and Wellbeing Board:";

    /// <summary>Letters and digits only, lower case: "Bristol, City of" and "bristol city of" are the same board.</summary>
    private static string Letters(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>A title naming another year or quarter ("Better Care Fund 2024-25 Q1 Reporting Template") is the wrong workbook.</summary>
    private void CheckTitle(SheetGrid sheet, ReportingTemplate template, string quarter)
    {
        foreach (var (cell, text) in sheet.TextCells.OrderBy(c => c.Cell.Row).ThenBy(c => c.Cell.Column))
        {
            if (TitlePattern().Match(text) is { Success: true } title)
            {
                var (year, q) = (title.Groups["year"].Value, title.Groups["quarter"].Value);
                if (year != template.Year || !string.Equals(q, quarter, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(Problem(IssueCodes.WrongWorkbook, sheet, cell,
                        $"This is NHS England's workbook for {year} {q.ToUpperInvariant()} ('{sheet.Name}'!{cell} says \"{text.Trim()}\"), not {template.Year} {quarter}. Attach the {template.Year} {quarter} reporting workbook."));
                }
                return;
            }
        }
    }

    /// <summary>The label's one cell on the sheet and, to its right, an input cell for each of <paramref name="parts"/>.</summary>
    private void Beside(SheetGrid sheet, string field, string label, IReadOnlyList<string> parts, Func<string, bool> matches)
    {
        var found = sheet.TextCells.Where(c => matches(c.Text)).Select(c => c.Cell).OrderBy(c => c.Row).ThenBy(c => c.Column).ToList();
        var shown = Shorten(label);
        if (found.Count == 0)
        {
            problems.Add(Problem(IssueCodes.MissingLabel, sheet, null,
                $"'{sheet.Name}' has no cell reading '{shown}'. {AsItCame}; if NHS England has reworded it this year, BcfWorkflow's reporting template for the year needs updating before it can fill the workbook in."));
            return;
        }
        if (found.Count > 1)
        {
            problems.Add(Problem(IssueCodes.AmbiguousLabel, sheet, found[1],
                $"'{sheet.Name}' has '{shown}' more than once ({string.Join(", ", found)}), so BcfWorkflow cannot tell where its answer goes. {AsItCame}, or complete that sheet in the workbook yourself."));
            return;
        }
        var inputs = InputsRightOf(sheet, found[0], parts.Count);
        if (inputs.Count < parts.Count)
        {
            problems.Add(Problem(IssueCodes.NoInputCell, sheet, found[0],
                $"'{sheet.Name}' has no {(parts.Count == 1 ? "input cell" : $"{parts.Count} input cells")} (unlocked, on the protected sheet) to the right of '{shown}' in row {found[0].Row}. {AsItCame}."));
            return;
        }
        for (var i = 0; i < parts.Count; i++)
        {
            Input(sheet, parts.Count == 1 ? field : $"{field}.{parts[i]}", inputs[i], shown);
        }
    }

    /// <summary>The input cells to the right of a label (past its merged range): on a protected sheet the unlocked
    /// cells, on an unprotected one the blank cells; a merged range counts once, by its first cell.</summary>
    private static List<CellRef> InputsRightOf(SheetGrid sheet, CellRef label, int count)
    {
        var inputs = new List<CellRef>();
        var column = (sheet.MergeOf(label)?.Last.Column ?? label.Column) + 1;
        var last = sheet.IsProtected ? sheet.MaxColumn : CellRef.MaxColumn;
        while (column <= last && inputs.Count < count)
        {
            var cell = new CellRef(label.Row, column);
            var merge = sheet.MergeOf(cell);
            if (merge is null || merge.Value.First == cell)
            {
                if (sheet.IsProtected ? sheet.IsUnlocked(cell) : sheet.IsBlank(cell))
                {
                    inputs.Add(cell);
                }
            }
            column = (merge?.Last.Column ?? column) + 1;
        }
        return inputs;
    }

    /// <summary>The scheme table: the row with "Scheme ID" and the three columns filled in, and below it one row per
    /// scheme (blank rows straight under the header skipped; the table ends at the first blank Scheme ID after them, or
    /// at a "Total" row).</summary>
    private int SchemeTable(SheetGrid sheet, string area, string year, IReadOnlyList<Scheme> schemes)
    {
        string[] columns = [TemplateColumns.OutputsDeliveredToDate, TemplateColumns.ExpenditureToDate, TemplateColumns.Comments];
        var headers = sheet.TextCells.Where(c => Same(c.Text, TemplateColumns.SchemeId)).Select(c => c.Cell)
            .Where(id => columns.All(name => sheet.TextCells.Any(c => c.Cell.Row == id.Row && Same(c.Text, name))))
            .OrderBy(c => c.Row).ToList();
        if (headers.Count != 1)
        {
            problems.Add(headers.Count == 0
                ? Problem(IssueCodes.MissingLabel, sheet, null,
                    $"'{sheet.Name}' has no scheme table: no row with the headers '{TemplateColumns.SchemeId}', {string.Join(", ", columns.Select(c => $"'{c}'"))}. {AsItCame}.")
                : Problem(IssueCodes.AmbiguousLabel, sheet, headers[1],
                    $"'{sheet.Name}' has more than one scheme table header (rows {string.Join(", ", headers.Select(h => h.Row))}), so BcfWorkflow cannot tell which to fill. {AsItCame}."));
            return 0;
        }
        var header = headers[0];
        var columnOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in columns)
        {
            var cells = sheet.TextCells.Where(c => c.Cell.Row == header.Row && Same(c.Text, name)).Select(c => c.Cell).ToList();
            if (cells.Count > 1)
            {
                problems.Add(Problem(IssueCodes.AmbiguousLabel, sheet, cells[1],
                    $"'{sheet.Name}' has the column '{name}' more than once in the scheme table's header (row {header.Row}), so BcfWorkflow cannot tell which to fill. {AsItCame}."));
                return 0;
            }
            columnOf[name] = cells[0].Column;
        }
        var nameColumn = sheet.TextCells.Where(c => c.Cell.Row == header.Row && Same(c.Text, TemplateColumns.SchemeName)).Select(c => (int?)c.Cell.Column).FirstOrDefault();

        var planned = schemes.ToDictionary(s => s.Id.Trim(), StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var row = header.Row + 1;
        while (row <= sheet.MaxRow && SchemeId(sheet, new CellRef(row, header.Column)) is null)
        {
            row++;
        }
        var count = 0;
        for (; row <= sheet.MaxRow && SchemeId(sheet, new CellRef(row, header.Column)) is { } id && !Same(id, "Total"); row++)
        {
            count++;
            var idCell = new CellRef(row, header.Column);
            var shownName = nameColumn is { } n ? sheet.Value(new CellRef(row, n)) : null;
            if (seen.TryGetValue(id, out var first))
            {
                problems.Add(Problem(IssueCodes.DuplicateScheme, sheet, idCell,
                    $"Scheme ID {id} is in the workbook's scheme table twice (rows {first} and {row}), so BcfWorkflow cannot tell where its figures go. Ask NHS England for a corrected workbook."));
                continue;
            }
            seen[id] = row;
            if (!planned.ContainsKey(id))
            {
                problems.Add(Problem(IssueCodes.UnknownScheme, sheet, idCell,
                    $"Scheme ID {id}{(string.IsNullOrWhiteSpace(shownName) ? "" : $" ('{shownName.Trim()}')")} in the workbook's scheme table (row {row}) is not in {area}'s {year} plan. Add the scheme to the plan (import the plan again), or attach the workbook for {area} {year}."));
                continue;
            }
            foreach (var name in columns)
            {
                Input(sheet, $"expenditure.{planned[id].Id}.{ExpenditureField(name)}", new CellRef(row, columnOf[name]), $"{name}, scheme {id}");
            }
        }
        foreach (var scheme in schemes.Where(s => !seen.ContainsKey(s.Id.Trim())))
        {
            problems.Add(Problem(IssueCodes.MissingScheme, sheet, null,
                $"The plan's scheme {scheme.Id} ('{scheme.Name}') is not in the workbook's scheme table ('{sheet.Name}'). Check the plan against NHS England's workbook: correct the plan (import it again) or ask NHS England why the scheme is missing."));
        }
        return count;
    }

    /// <summary>The field name of an expenditure input: "outputs", "expenditure" or "comments".</summary>
    public static string ExpenditureField(string column) => column switch
    {
        TemplateColumns.OutputsDeliveredToDate => "outputs",
        TemplateColumns.ExpenditureToDate => "expenditure",
        _ => "comments",
    };

    /// <summary>An input cell: refused when it holds a formula, or is locked on a protected sheet.</summary>
    private void Input(SheetGrid sheet, string field, CellRef cell, string what)
    {
        if (sheet.HasFormula(cell))
        {
            problems.Add(Problem(IssueCodes.FormulaInInput, sheet, cell,
                $"'{sheet.Name}'!{cell} ({what}) holds a formula, not an answer, and BcfWorkflow never overwrites a formula. {AsItCame}, or clear that cell and attach it again."));
        }
        else if (sheet.IsProtected && !sheet.IsUnlocked(cell))
        {
            problems.Add(Problem(IssueCodes.NoInputCell, sheet, cell,
                $"'{sheet.Name}'!{cell} ({what}) is locked on the protected sheet, so it is not an input cell. {AsItCame}."));
        }
        else
        {
            this.inputs.Add(new LocatedInput(field, sheet, cell));
        }
    }

    /// <summary>A scheme row's id as text ("39", not "39.0"); null when the cell is blank or a formula.</summary>
    private static string? SchemeId(SheetGrid sheet, CellRef cell)
    {
        var value = sheet.Value(cell)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
            ? decimal.Truncate(number).ToString(CultureInfo.InvariantCulture)
            : value;
    }

    private ValidationIssue Problem(string code, SheetGrid? sheet, CellRef? cell, string message) =>
        new(code, this.file, cell?.Row, cell?.ColumnLetters, message);

    private static string Shorten(string label) => label.Length <= 80 ? label : label[..77] + "...";

    /// <summary>Equal once spaces are collapsed, a trailing colon dropped and case ignored.</summary>
    private static bool Same(string a, string b) => string.Equals(Normal(a), Normal(b), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':').TrimEnd();

    private static string Unnumbered(string name) => NumberPrefix().Replace(name.Trim(), "");

    [GeneratedRegex(@"^\d+\s*\.\s*")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"Better Care Fund (?<year>\d{4}-\d{2}) (?<quarter>Q[1-4])\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePattern();
}

/// <summary>An input cell found: the field it holds ("cover.email", "nationalConditions.2.met", "metrics.1.assessment",
/// "expenditure.39.comments"), its sheet and cell.</summary>
internal sealed record LocatedInput(string Field, SheetGrid Sheet, CellRef Cell);

internal sealed record LocatedWorkbook(IReadOnlyList<ValidationIssue> Problems, IReadOnlyList<string> Sheets, int SchemeRows, IReadOnlyList<LocatedInput> Inputs);
