using System.Globalization;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// Reads the cells of one sheet of an import: text, ids, money, outputs, percentages. A cell is read as its author
/// meant it or reported with what to type instead, never guessed; a method returns null (or Ok false) for a cell it
/// reported. <paramref name="style"/> is the convention the sheet's text figures show (<see cref="NumberText"/>).
/// </summary>
internal sealed class ImportCells(ImportSheet sheet, NumberStyleEvidence style, ImportIssues issues)
{
    private const string AmountExample = "2600000 or £2,600,000";

    public ImportSheet Sheet => sheet;

    /// <summary>The trimmed text of a cell; "" for a blank one. A formula error or a formula without its result is reported.</summary>
    /// <param name="blankMessage">When set, a blank cell is an error with this message.</param>
    public string? Text(in TableRow row, int index, string column, string? blankMessage = null)
    {
        var cell = row[index];
        if (!Readable(cell, row.Number, column))
        {
            return null;
        }
        var text = CellText.Trim(cell.Text);
        if (text.Length == 0 && blankMessage is not null)
        {
            issues.Error(sheet, IssueCodes.MissingField, row.Number, column, blankMessage);
            return null;
        }
        return text;
    }

    /// <summary>An id (Scheme ID, Contributor ID): text, or a whole number as a spreadsheet stores a typed 52.</summary>
    public string? Id(in TableRow row, int index, string column, string blankMessage, string blankCode = IssueCodes.MissingField)
    {
        var cell = row[index];
        if (!Readable(cell, row.Number, column))
        {
            return null;
        }
        var text = CellText.Trim(cell.Text);
        switch (cell.Kind)
        {
            case CellKind.Number when !IsWholeNumber(text):
                issues.Error(sheet, IssueCodes.BadField, row.Number, column,
                    $"The id {text} is stored as a number that is not a whole number, so the spreadsheet may have changed what was typed (1.10 is kept as 1.1): "
                    + "format the column as Text and type the id again.");
                return null;
            case CellKind.Date:
                issues.Error(sheet, IssueCodes.BadField, row.Number, column,
                    $"The spreadsheet turned the id into a date ({text}): format the column as Text and type the id again.");
                return null;
        }
        if (text.Length == 0)
        {
            issues.Error(sheet, blankCode, row.Number, column, blankMessage);
            return null;
        }
        return text;
    }

    /// <summary>An amount in pounds (required): a number, or text such as "£2,600,000" (<see cref="MoneyParser"/>).</summary>
    public decimal? Money(in TableRow row, int index, string column)
    {
        var cell = row[index];
        var (outcome, value) = MoneyParser.Parse(cell, style.Convention);
        var text = CellText.Trim(cell.Text);
        switch (outcome)
        {
            case AmountOutcome.Ok:
                return Normalise(value);
            case AmountOutcome.Blank:
                issues.Error(sheet, IssueCodes.BadAmount, row.Number, column, $"{column} is blank: type the amount as {AmountExample} (0 for none).");
                break;
            case AmountOutcome.Negative:
                issues.Error(sheet, IssueCodes.NegativeAmount, row.Number, column, $"'{text}' is negative: type the amount, £0 or more, as {AmountExample}.");
                break;
            default:
                Unreadable(row.Number, column, cell, outcome, "an amount in pounds", $"the amount as {AmountExample}", IssueCodes.BadAmount, "£");
                break;
        }
        return null;
    }

    /// <summary>Planned outputs: a number, or NA or blank for none (Value null).</summary>
    public (bool Ok, decimal? Value) Outputs(in TableRow row, int index, string column)
    {
        var cell = row[index];
        var (outcome, value) = OutputsParser.Parse(cell, style.Convention);
        switch (outcome)
        {
            case AmountOutcome.Ok or AmountOutcome.Blank:
                return (true, value is { } v ? Normalise(v) : null);
            case AmountOutcome.Negative:
                issues.Error(sheet, IssueCodes.BadOutputs, row.Number, column, $"'{CellText.Trim(cell.Text)}' is negative: type the number of outputs planned, or NA.");
                break;
            default:
                Unreadable(row.Number, column, cell, outcome, "a number or NA", "a number such as 1272, or NA where no output is planned", IssueCodes.BadOutputs, "");
                break;
        }
        return (false, null);
    }

    /// <summary>A Joint scheme's share: "60%" (read as 60), a plain number as typed (60, or 0.6 as a spreadsheet
    /// stores 60%; <see cref="JointShares"/> tells the two apart from the pair), or blank (Value null).</summary>
    public (bool Ok, decimal? Value) Percentage(in TableRow row, int index, string column)
    {
        var cell = row[index];
        if (!Readable(cell, row.Number, column))
        {
            return (false, null);
        }
        var text = CellText.Trim(cell.Text);
        if (text.Length == 0)
        {
            return (true, null);
        }
        if (cell.Kind == CellKind.Number && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number < 0 ? (NegativePercentage(row.Number, column, text), null) : (true, Normalise(number));
        }
        var isPercent = text.EndsWith('%');
        var digits = CellText.Trim(isPercent ? text.AsSpan(0, text.Length - 1) : text.AsSpan());
        if (!digits.IsEmpty && digits[0] is '-' or '\u2212')
        {
            return (NegativePercentage(row.Number, column, text), null);
        }
        var (outcome, value) = cell.Kind == CellKind.Text ? NumberText.Read(digits, 6, style.Convention) : (AmountOutcome.NotAnAmount, 0m);
        if (outcome == AmountOutcome.Ok)
        {
            return (true, Normalise(value));
        }
        issues.Error(sheet, IssueCodes.BadField, row.Number, column, $"'{text}' is not a percentage: type it as 60% (or 60, or 0.6).");
        return (false, null);
    }

    /// <summary>LA, NHS or Joint, in any case; given back as the template spells it.</summary>
    public string? Commissioner(in TableRow row, int index, string column)
    {
        var text = Text(row, index, column, $"{column} is blank: type LA, NHS or Joint.");
        if (text is null)
        {
            return null;
        }
        foreach (var known in (ReadOnlySpan<string>)["LA", "NHS", "Joint"])
        {
            if (CellText.SameIgnoringCaseAndSpaces(text, known))
            {
                return known;
            }
        }
        issues.Error(sheet, IssueCodes.BadField, row.Number, column, $"'{text}' is not a commissioner: type LA, NHS or Joint.");
        return null;
    }

    /// <summary>An email address (required): one "@" with text either side and a dot after it, no spaces.</summary>
    public string? Email(in TableRow row, int index, string column)
    {
        var text = Text(row, index, column, $"{column} is blank: type an email address, such as bcf.lead@example.gov.uk.");
        if (text is null)
        {
            return null;
        }
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var valid = at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.')
            && !text.Any(CellText.IsSpace);
        if (!valid)
        {
            issues.Error(sheet, IssueCodes.BadField, row.Number, column, $"'{text}' is not an email address: type one such as bcf.lead@example.gov.uk.");
            return null;
        }
        return text;
    }

    /// <summary>A contributor's scheme ids (<see cref="SchemeIdList"/>), or one id stored as a whole number.</summary>
    public List<string>? SchemeIds(in TableRow row, int index, string column)
    {
        var cell = row[index];
        if (!Readable(cell, row.Number, column))
        {
            return null;
        }
        var text = CellText.Trim(cell.Text);
        switch (cell.Kind)
        {
            case CellKind.Date:
                issues.Error(sheet, IssueCodes.BadSchemeIds, row.Number, column,
                    $"The spreadsheet turned the scheme ids into a date ({text}): format the {column} column as Text and type the list again, such as 1-19, 31, 59.");
                return null;
            case CellKind.Number when !IsWholeNumber(text):
                issues.Error(sheet, IssueCodes.BadSchemeIds, row.Number, column,
                    $"The scheme ids are stored as the number {text}: format the {column} column as Text and type the ids separated by commas, such as 1-19, 31, 59.");
                return null;
        }
        var ids = SchemeIdList.Parse(text, out var problem);
        if (ids is null)
        {
            issues.Error(sheet, IssueCodes.BadSchemeIds, row.Number, column, problem!);
        }
        return ids;
    }

    /// <summary>A financial year written "2024-25" (or "2024/25", "2024-2025"), given back as "2024-25".</summary>
    public string? FinancialYear(in TableRow row, int index, string column)
    {
        var cell = row[index];
        if (!Readable(cell, row.Number, column))
        {
            return null;
        }
        var text = CellText.Trim(cell.Text);
        if (cell.Kind == CellKind.Date)
        {
            issues.Error(sheet, IssueCodes.BadField, row.Number, column,
                $"The spreadsheet turned the financial year into a date ({text}): format the cell as Text and type the year as 2024-25.");
            return null;
        }
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^(\d{4})\s*[-/\u2013]\s*(\d{2}|\d{4})$");
        if (cell.Kind == CellKind.Text && match.Success)
        {
            var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var end = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if (end == (match.Groups[2].Length == 2 ? (start + 1) % 100 : start + 1))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{start}-{(start + 1) % 100:00}");
            }
        }
        issues.Error(sheet, IssueCodes.BadField, row.Number, column,
            text.Length == 0 ? $"{column} is blank: type the year as 2024-25." : $"'{text}' is not a financial year: type it as 2024-25 (April 2024 to March 2025).");
        return null;
    }

    /// <summary>Reports a negative share; always false.</summary>
    private bool NegativePercentage(int rowNumber, string column, string text)
    {
        issues.Error(sheet, IssueCodes.BadField, rowNumber, column, $"'{text}' is negative: type a percentage from 0% to 100%, such as 60%.");
        return false;
    }

    /// <summary>A formula error or a formula saved without its result is reported; other cells are readable.</summary>
    private bool Readable(TableCell cell, int rowNumber, string column)
    {
        switch (cell.Kind)
        {
            case CellKind.Error:
                issues.Error(sheet, IssueCodes.BadField, rowNumber, column, FigureMessages.FormulaError(null, CellText.Trim(cell.Text), "import"));
                return false;
            case CellKind.UncalculatedFormula:
                issues.Error(sheet, IssueCodes.UncalculatedFormula, rowNumber, column, FigureMessages.Uncalculated(null, "import"));
                return false;
            default:
                return true;
        }
    }

    /// <summary>Says why a figure's cell cannot be read, and what to type instead (<see cref="FigureMessages"/>; the
    /// column is named in the issue, so the message says "the cell").</summary>
    private void Unreadable(int rowNumber, string column, TableCell cell, AmountOutcome outcome, string what, string example, string code, string currency)
    {
        var (issueCode, message) = FigureMessages.Unreadable(outcome, CellText.Trim(cell.Text), null, what, example, code, style, "import", currency);
        issues.Error(sheet, issueCode, rowNumber, column, message);
    }

    private static bool IsWholeNumber(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    /// <summary>The value without trailing zeros in its scale (1108147.00 becomes 1108147), as plan.json shows it.</summary>
    public static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;
}
