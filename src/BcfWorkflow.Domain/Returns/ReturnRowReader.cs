using System.Collections.Immutable;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>Reads and checks the data rows of one return against the plan, noting every problem.</summary>
internal sealed class ReturnRowReader(Plan plan, Contributor? contributor, ReturnHeader header, ContributorReturn? previous, ReturnIssues issues)
{
    private readonly PlanIndex _index = PlanIndex.Of(plan);
    private readonly bool _hasOutputsColumn = header.Has(ReturnColumns.OutputsDeliveredToDate);

    // The columns read on every row, found once.
    private readonly int _schemeIdColumn = header.IndexOf(ReturnColumns.SchemeId);
    private readonly int _expenditureColumn = header.IndexOf(ReturnColumns.ExpenditureToDate);
    private readonly int _outputsColumn = header.IndexOf(ReturnColumns.OutputsDeliveredToDate);
    private readonly int _commentsColumn = header.IndexOf(ReturnColumns.Comments);
    // By scheme ordinal (see PlanIndex): row numbers start at 1, so 0 is "not seen".
    private readonly int[] _firstRowOfScheme = new int[PlanIndex.Of(plan).SchemeCount];
    private readonly ReturnRow?[] _rows = new ReturnRow?[PlanIndex.Of(plan).SchemeCount];
    // Returns usually list the contributor's schemes in the plan's order (the pre-filled return does): each row's id
    // is compared with the one expected next before it is looked up.
    private readonly ImmutableArray<int> _expectedOrdinals = contributor is null ? [] : PlanIndex.Of(plan).OrdinalsOf(contributor);
    private int _expectedNext;

    /// <param name="ordinal">The scheme's <see cref="PlanIndex.OrdinalOf"/>, -1 for an id not in the plan.</param>
    public bool HasSeen(int ordinal) => ordinal >= 0 && _firstRowOfScheme[ordinal] != 0;

    /// <summary>The row read without error for a scheme (by <see cref="PlanIndex.OrdinalOf"/>); throws when there is none.</summary>
    public ReturnRow Row(int ordinal) =>
        (ordinal >= 0 ? _rows[ordinal] : null) ?? throw new KeyNotFoundException("No row was read for the scheme.");

    public void Read(in TableRow row)
    {
        var errorsBefore = issues.ErrorCount;
        var (scheme, ordinal) = ReadScheme(row);
        var expenditure = ReadExpenditure(row);
        var outputs = ReadOutputs(row);
        var comments = CellText.Trim(row[_commentsColumn].Span).ToString();
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
        _rows[ordinal] = returnRow;
        CommentWarnings.Check(returnRow, row.Number, scheme, PreviousRow(scheme.Id), _hasOutputsColumn, issues);
    }

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
        var id = CellText.Trim(row[_schemeIdColumn].Span);
        if (id.IsEmpty)
        {
            issues.Error(IssueCodes.BlankSchemeId, row.Number, Column, "Scheme ID is blank: every row needs the id of one of your schemes.");
            return (null, -1);
        }
        var (scheme, owner, ordinal) = IsExpectedNext(id, out var expected) ? expected : _index.FindSchemeAndOwner(id);
        if (scheme is null)
        {
            issues.Error(IssueCodes.UnknownScheme, row.Number, Column, $"Scheme {id.ToString()} is not in the {plan.Area} {plan.Year} plan.");
            return (null, -1);
        }
        ref var firstRow = ref _firstRowOfScheme[ordinal];
        if (firstRow != 0)
        {
            issues.Error(IssueCodes.DuplicateScheme, row.Number, Column, $"Scheme {scheme.Id} appears again (first on row {firstRow}).");
            return (null, -1);
        }
        firstRow = row.Number;
        if (contributor is not null && owner is not null && !string.Equals(owner.Id, contributor.Id, StringComparison.OrdinalIgnoreCase))
        {
            issues.Error(IssueCodes.ForeignScheme, row.Number, Column,
                $"Scheme {scheme.Id} belongs to {owner.Name} ({owner.Id}), not to {contributor.Name}.");
            return (null, -1);
        }
        return (scheme, ordinal);
    }

    /// <summary>Whether the id is that of the scheme expected next in the contributor's order (compared as the index
    /// would: ignoring case), and that scheme as <see cref="PlanIndex.FindSchemeAndOwner"/> would give it.</summary>
    private bool IsExpectedNext(ReadOnlySpan<char> id, out (Scheme Scheme, Contributor? Owner, int Ordinal) expected)
    {
        if (_expectedNext < _expectedOrdinals.Length && _expectedOrdinals[_expectedNext] is >= 0 and var ordinal)
        {
            expected = _index.SchemeAndOwnerAt(ordinal);
            if (id.Equals(expected.Scheme.Id, StringComparison.OrdinalIgnoreCase))
            {
                _expectedNext++;
                return true;
            }
        }
        expected = default;
        return false;
    }

    private decimal? ReadExpenditure(in TableRow row)
    {
        const string Column = ReturnColumns.ExpenditureToDate;
        if (_expenditureColumn < 0)
        {
            return null;
        }
        var cell = row[_expenditureColumn];
        var (outcome, value) = MoneyParser.Parse(cell);
        switch (outcome)
        {
            case AmountOutcome.Ok:
                return value;
            case AmountOutcome.Blank:
                issues.Error(IssueCodes.BadAmount, row.Number, Column, "Expenditure to date is blank: it is required (write £0 for no spend).");
                break;
            case AmountOutcome.Negative:
                issues.Error(IssueCodes.NegativeAmount, row.Number, Column, $"Expenditure to date '{CellText.Trim(cell.Text)}' is negative.");
                break;
            default:
                issues.Error(IssueCodes.BadAmount, row.Number, Column, $"'{CellText.Trim(cell.Text)}' is not an amount in pounds.");
                break;
        }
        return null;
    }

    private decimal? ReadOutputs(in TableRow row)
    {
        const string Column = ReturnColumns.OutputsDeliveredToDate;
        var cell = row[_outputsColumn];
        var (outcome, value) = OutputsParser.Parse(cell);
        switch (outcome)
        {
            case AmountOutcome.Negative:
                issues.Error(IssueCodes.BadOutputs, row.Number, Column, $"Outputs delivered to date '{CellText.Trim(cell.Text)}' is negative.");
                break;
            case AmountOutcome.NotAnAmount:
                issues.Error(IssueCodes.BadOutputs, row.Number, Column, $"'{CellText.Trim(cell.Text)}' is not a number or NA.");
                break;
        }
        return value;
    }
}
