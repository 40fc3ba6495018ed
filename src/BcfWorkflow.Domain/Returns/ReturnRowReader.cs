using System.Collections.Immutable;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>Reads and checks the data rows of one return against the plan, noting every problem. A Total row under
/// the schemes is checked against them (<see cref="CheckTotals"/>), not read as a scheme.</summary>
internal sealed class ReturnRowReader(
    Plan plan, Contributor? contributor, ReturnHeader header, ContributorReturn? previous, NumberStyleEvidence numberStyle, ReturnIssues issues)
{
    private readonly PlanIndex index = PlanIndex.Of(plan);
    private readonly bool hasOutputsColumn = header.Has(ReturnColumns.OutputsDeliveredToDate);

    // The columns read on every row, found once.
    private readonly int schemeIdColumn = header.IndexOf(ReturnColumns.SchemeId);
    private readonly int expenditureColumn = header.IndexOf(ReturnColumns.ExpenditureToDate);
    private readonly int outputsColumn = header.IndexOf(ReturnColumns.OutputsDeliveredToDate);
    private readonly int commentsColumn = header.IndexOf(ReturnColumns.Comments);
    // By scheme ordinal (see PlanIndex): row numbers start at 1, so 0 is "not seen".
    private readonly int[] firstRowOfScheme = new int[PlanIndex.Of(plan).SchemeCount];
    private readonly ReturnRow?[] rows = new ReturnRow?[PlanIndex.Of(plan).SchemeCount];
    // Returns usually list the contributor's schemes in the plan's order (the pre-filled return does): each row's id
    // is compared with the one expected next before it is looked up.
    private readonly ImmutableArray<int> expectedOrdinals = contributor is null ? [] : PlanIndex.Of(plan).OrdinalsOf(contributor);
    private int expectedNext;
    private int lastSchemeRow;
    private readonly List<TableRow> totalRows = [];

    /// <param name="ordinal">The scheme's <see cref="PlanIndex.OrdinalOf"/>, -1 for an id not in the plan.</param>
    public bool HasSeen(int ordinal) => ordinal >= 0 && firstRowOfScheme[ordinal] != 0;

    /// <summary>The row read without error for a scheme (by <see cref="PlanIndex.OrdinalOf"/>); throws when there is none.</summary>
    public ReturnRow Row(int ordinal) =>
        (ordinal >= 0 ? this.rows[ordinal] : null) ?? throw new KeyNotFoundException("No row was read for the scheme.");

    public void Read(in TableRow row)
    {
        if (IsTotalRow(in row))
        {
            totalRows.Add(row);
            return;
        }
        lastSchemeRow = row.Number;
        var errorsBefore = issues.ErrorCount;
        var (scheme, ordinal) = ReadScheme(row);
        var expenditure = ReadExpenditure(row);
        var outputs = ReadOutputs(row);
        var comments = ReadText(row, commentsColumn, ReturnColumns.Comments);
        if (scheme is null)
        {
            return;
        }
        PlanAgreement.Check(header, in row, scheme, issues);
        if (issues.ErrorCount > errorsBefore || expenditure is null)
        {
            return;
        }
        var returnRow = new ReturnRow(scheme.Id, expenditure.Value, outputs, comments);
        this.rows[ordinal] = returnRow;
        CommentWarnings.Check(returnRow, row.Number, scheme, PreviousRow(scheme.Id), hasOutputsColumn, issues);
    }

    /// <summary>Notes the row's scheme as returned without reading its figures (a row whose cells cannot be trusted
    /// to be in their columns, already reported), so it is not also reported missing.</summary>
    public void ReadSchemeOnly(in TableRow row)
    {
        if (!IsTotalRow(in row))
        {
            lastSchemeRow = row.Number;
            ReadScheme(row);
        }
    }

    /// <summary>Checks each Total row: it must be below every scheme, and its figures must equal the sum of the
    /// schemes' (checked only when every scheme row was read, as a sum of some would prove nothing).</summary>
    public void CheckTotals()
    {
        foreach (var total in totalRows)
        {
            if (total.Number < lastSchemeRow)
            {
                issues.Error(IssueCodes.TotalMismatch, total.Number, null,
                    $"Row {total.Number} is a Total row, but scheme rows follow it: move it below the schemes or delete it.");
                continue;
            }
            if (issues.HasErrors)
            {
                continue;
            }
            var rows = this.rows.Where(r => r is not null).Select(r => r!).ToList();
            CheckTotal(total, expenditureColumn, ReturnColumns.ExpenditureToDate, rows.Sum(r => r.ExpenditureToDate), money: true);
            CheckTotal(total, outputsColumn, ReturnColumns.OutputsDeliveredToDate, rows.Sum(r => r.OutputsDeliveredToDate ?? 0m), money: false);
        }
    }

    private void CheckTotal(TableRow total, int column, string columnName, decimal sum, bool money)
    {
        var cell = total[column];
        AmountOutcome outcome;
        decimal value;
        if (money)
        {
            (outcome, value) = MoneyParser.Parse(cell, numberStyle.Convention);
        }
        else
        {
            var (read, outputs) = OutputsParser.Parse(cell, numberStyle.Convention);
            (outcome, value) = (read, outputs ?? 0m);
        }
        if (outcome == AmountOutcome.Blank || (!money && OutputsParser.IsNotApplicable(CellText.Trim(cell.Span))))
        {
            return;
        }
        var shown = money ? AmountText.Pounds(sum) : AmountText.Count(sum);
        if (outcome != AmountOutcome.Ok)
        {
            issues.Error(IssueCodes.TotalMismatch, total.Number, columnName,
                $"The Total row's {columnName} '{CellText.Trim(cell.Text)}' cannot be read as a figure; the schemes above add up to {shown}. Correct it or delete the Total row.");
        }
        else if (value != sum)
        {
            var given = money ? AmountText.Pounds(value) : AmountText.Count(value);
            issues.Error(IssueCodes.TotalMismatch, total.Number, columnName,
                $"The Total row says {given}, but the schemes above add up to {shown}: correct the figures or the total (or delete the Total row).");
        }
    }

    /// <summary>A row whose Scheme ID is blank or says "Total", with a cell saying "Total", "Grand total" or "Sum".</summary>
    private bool IsTotalRow(in TableRow row)
    {
        var id = CellText.Trim(row[schemeIdColumn].Span);
        if (!id.IsEmpty && !IsTotalLabel(id))
        {
            return false;
        }
        return IsTotalLabel(id) || IsTotalLabel(CellText.Trim(row[header.SchemeNameColumn].Span)) || IsTotalLabel(CellText.Trim(row[0].Span));
    }

    private static bool IsTotalLabel(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 40)
        {
            return false;
        }
        var key = CellText.Normalise(text.ToString()).TrimEnd(':', ' ');
        return key is "sum" or "totals" || key.StartsWith("total", StringComparison.Ordinal)
            || key.StartsWith("grand total", StringComparison.Ordinal) || key.StartsWith("overall total", StringComparison.Ordinal);
    }

    /// <summary>A text cell of a column that is read; a formula saved without its result is refused.</summary>
    private string ReadText(in TableRow row, int column, string columnName)
    {
        var cell = row[column];
        if (cell.Kind == CellKind.UncalculatedFormula)
        {
            issues.Error(IssueCodes.UncalculatedFormula, row.Number, columnName, FigureMessages.Uncalculated(columnName, "upload"));
            return "";
        }
        var text = CellText.Trim(cell.Span);
        if (text.Length > MaxCellText)
        {
            issues.Error(IssueCodes.TooLong, row.Number, columnName,
                $"The {columnName} cell is {text.Length:N0} characters long; a spreadsheet cell holds at most {MaxCellText:N0}. Shorten it and upload the file again.");
            return "";
        }
        return text.ToString();
    }

    /// <summary>The most characters an Excel cell holds: longer text could not be written to the template.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>Last quarter's row of the scheme (a loop, not a lambda: a captured variable costs an allocation on every row).</summary>
    private ReturnRow? PreviousRow(string schemeId)
    {
        if (previous is null)
        {
            return null;
        }
        foreach (var row in previous.Rows)
        {
            if (string.Equals(row.SchemeId, schemeId, StringComparison.OrdinalIgnoreCase))
            {
                return row;
            }
        }
        return null;
    }

    /// <summary>The row's scheme when it is known, this contributor's, and not seen before; otherwise notes why not.</summary>
    private (Scheme? Scheme, int Ordinal) ReadScheme(in TableRow row)
    {
        const string Column = ReturnColumns.SchemeId;
        if (row[schemeIdColumn].Kind == CellKind.UncalculatedFormula)
        {
            issues.Error(IssueCodes.UncalculatedFormula, row.Number, Column, FigureMessages.Uncalculated(Column, "upload"));
            return (null, -1);
        }
        var id = CellText.Trim(row[schemeIdColumn].Span);
        if (id.IsEmpty)
        {
            issues.Error(IssueCodes.BlankSchemeId, row.Number, Column, "Scheme ID is blank: every row needs the id of one of your schemes.");
            return (null, -1);
        }
        var (scheme, owner, ordinal) = IsExpectedNext(id, out var expected) ? expected : index.FindSchemeAndOwner(id);
        if (scheme is null)
        {
            issues.Error(IssueCodes.UnknownScheme, row.Number, Column, $"Scheme {id.ToString()} is not in the {plan.Area} {plan.Year} plan: check the id against your pre-filled return.");
            return (null, -1);
        }
        ref var firstRow = ref firstRowOfScheme[ordinal];
        if (firstRow != 0)
        {
            issues.Error(IssueCodes.DuplicateScheme, row.Number, Column, $"Scheme {scheme.Id} appears again (first on row {firstRow}): keep one row per scheme.");
            return (null, -1);
        }
        firstRow = row.Number;
        if (contributor is not null && owner is not null && !string.Equals(owner.Id, contributor.Id, StringComparison.OrdinalIgnoreCase))
        {
            issues.Error(IssueCodes.ForeignScheme, row.Number, Column,
                $"Scheme {scheme.Id} belongs to {owner.Name} ({owner.Id}), not to {contributor.Name}: delete the row, as {owner.Name} returns it.");
            return (null, -1);
        }
        return (scheme, ordinal);
    }

    /// <summary>Whether the id is that of the scheme expected next in the contributor's order (compared as the index
    /// would: ignoring case), and that scheme as <see cref="PlanIndex.FindSchemeAndOwner"/> would give it.</summary>
    private bool IsExpectedNext(ReadOnlySpan<char> id, out (Scheme Scheme, Contributor? Owner, int Ordinal) expected)
    {
        if (expectedNext < expectedOrdinals.Length && expectedOrdinals[expectedNext] is >= 0 and var ordinal)
        {
            expected = index.SchemeAndOwnerAt(ordinal);
            if (id.Equals(expected.Scheme.Id, StringComparison.OrdinalIgnoreCase))
            {
                expectedNext++;
                return true;
            }
        }
        expected = default;
        return false;
    }

    private decimal? ReadExpenditure(in TableRow row)
    {
        const string Column = ReturnColumns.ExpenditureToDate;
        if (expenditureColumn < 0)
        {
            return null;
        }
        var cell = row[expenditureColumn];
        var (outcome, value) = MoneyParser.Parse(cell, numberStyle.Convention);
        switch (outcome)
        {
            case AmountOutcome.Ok:
                return value;
            case AmountOutcome.Blank:
                issues.Error(IssueCodes.BadAmount, row.Number, Column, "Expenditure to date is blank: it is required (write £0 for no spend).");
                break;
            case AmountOutcome.Negative:
                issues.Error(IssueCodes.NegativeAmount, row.Number, Column,
                    $"Expenditure to date '{CellText.Trim(cell.Text)}' is negative: it is the spend so far this year, £0 or more. If money was returned, show the net spend and explain in Comments.");
                break;
            default:
                ReportUnreadable(row.Number, Column, cell, outcome, "an amount in pounds", "a number such as 2600000 or £2,600,000");
                break;
        }
        return null;
    }

    private decimal? ReadOutputs(in TableRow row)
    {
        const string Column = ReturnColumns.OutputsDeliveredToDate;
        var cell = row[outputsColumn];
        var (outcome, value) = OutputsParser.Parse(cell, numberStyle.Convention);
        switch (outcome)
        {
            case AmountOutcome.Ok or AmountOutcome.Blank:
                break;
            case AmountOutcome.Negative:
                issues.Error(IssueCodes.BadOutputs, row.Number, Column, $"Outputs delivered to date '{CellText.Trim(cell.Text)}' is negative: give the number delivered so far this year, or NA.");
                break;
            default:
                ReportUnreadable(row.Number, Column, cell, outcome, "a number or NA", "a number such as 1272, or NA where no output is planned");
                break;
        }
        return value;
    }

    /// <summary>Says why a figure's cell cannot be read, and what to type instead (<see cref="FigureMessages"/>).</summary>
    private void ReportUnreadable(int rowNumber, string column, TableCell cell, AmountOutcome outcome, string what, string example)
    {
        var notAFigure = column == ReturnColumns.ExpenditureToDate ? IssueCodes.BadAmount : IssueCodes.BadOutputs;
        var currency = column == ReturnColumns.ExpenditureToDate ? "£" : "";
        var (code, message) = FigureMessages.Unreadable(outcome, CellText.Trim(cell.Text), column, what, example, notAFigure, numberStyle, "upload", currency);
        issues.Error(code, rowNumber, column, message);
    }
}
