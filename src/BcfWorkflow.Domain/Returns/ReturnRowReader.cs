using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>Reads and checks the data rows of one return against the plan, noting every problem.</summary>
internal sealed class ReturnRowReader(Plan plan, Contributor? contributor, ReturnHeader header, ContributorReturn? previous, ReturnIssues issues)
{
    private readonly PlanIndex _index = PlanIndex.Of(plan);
    private readonly Dictionary<string, int> _firstRowOfScheme = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ReturnRow> _rows = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rows read without error, by scheme id (the plan's spelling).</summary>
    public IReadOnlyDictionary<string, ReturnRow> Rows => _rows;

    public bool HasSeen(string schemeId) => _firstRowOfScheme.ContainsKey(schemeId);

    public void Read(TableRow row)
    {
        var errorsBefore = issues.ErrorCount;
        var scheme = ReadScheme(row);
        var expenditure = ReadExpenditure(row);
        var outputs = ReadOutputs(row);
        var comments = CellText.Trim(header.Cell(row, ReturnColumns.Comments).Text);
        if (scheme is null)
        {
            return;
        }
        PlanAgreement.Check(header, row, scheme, issues);
        if (issues.ErrorCount > errorsBefore || expenditure is null)
        {
            return;
        }
        var returnRow = new ReturnRow(scheme.Id, expenditure.Value, outputs, comments);
        _rows[scheme.Id] = returnRow;
        var before = previous?.Rows.FirstOrDefault(r => string.Equals(r.SchemeId, scheme.Id, StringComparison.OrdinalIgnoreCase));
        CommentWarnings.Check(returnRow, row.Number, scheme, before, header.Has(ReturnColumns.OutputsDeliveredToDate), issues);
    }

    /// <summary>The row's scheme when it is known, this contributor's, and not seen before; otherwise notes why not.</summary>
    private Scheme? ReadScheme(TableRow row)
    {
        const string Column = ReturnColumns.SchemeId;
        var id = CellText.Trim(header.Cell(row, Column).Text);
        if (id.Length == 0)
        {
            issues.Error(IssueCodes.BlankSchemeId, row.Number, Column, "Scheme ID is blank: every row needs the id of one of your schemes.");
            return null;
        }
        var scheme = _index.FindScheme(id);
        if (scheme is null)
        {
            issues.Error(IssueCodes.UnknownScheme, row.Number, Column, $"Scheme {id} is not in the {plan.Area} {plan.Year} plan.");
            return null;
        }
        if (_firstRowOfScheme.TryGetValue(scheme.Id, out var firstRow))
        {
            issues.Error(IssueCodes.DuplicateScheme, row.Number, Column, $"Scheme {scheme.Id} appears again (first on row {firstRow}).");
            return null;
        }
        _firstRowOfScheme[scheme.Id] = row.Number;
        var owner = _index.OwnerOf(scheme.Id);
        if (contributor is not null && owner is not null && !string.Equals(owner.Id, contributor.Id, StringComparison.OrdinalIgnoreCase))
        {
            issues.Error(IssueCodes.ForeignScheme, row.Number, Column,
                $"Scheme {scheme.Id} belongs to {owner.Name} ({owner.Id}), not to {contributor.Name}.");
            return null;
        }
        return scheme;
    }

    private decimal? ReadExpenditure(TableRow row)
    {
        const string Column = ReturnColumns.ExpenditureToDate;
        if (!header.Has(Column))
        {
            return null;
        }
        var cell = header.Cell(row, Column);
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

    private decimal? ReadOutputs(TableRow row)
    {
        const string Column = ReturnColumns.OutputsDeliveredToDate;
        var cell = header.Cell(row, Column);
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
