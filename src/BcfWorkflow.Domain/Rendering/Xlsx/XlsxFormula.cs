using System.Text.RegularExpressions;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>One of the few formulas we write, built from cell references only (never from text in the data), with
/// the value it gives saved beside it.</summary>
/// <remarks>Text from plans and returns is never written as a formula: it is always a string cell. The only formulas
/// are these two shapes, so a check that a workbook holds nothing else is a regular expression (the security tests').</remarks>
internal sealed partial record XlsxFormula
{
    private XlsxFormula(string text, decimal? value)
    {
        Text = text;
        Value = value;
    }

    /// <summary>The formula without its leading "=", e.g. "SUM(Q20:Q109)".</summary>
    public string Text { get; }

    /// <summary>The value the formula gives, saved with it; null for an empty text result.</summary>
    public decimal? Value { get; }

    /// <summary>SUM over a block of cells, e.g. SUM(D5:D11); <paramref name="value"/> is that sum.</summary>
    public static XlsxFormula Sum(string firstCell, string lastCell, decimal value) =>
        new($"SUM({Checked(firstCell)}:{Checked(lastCell)})", value);

    /// <summary>numerator ÷ denominator, empty where the denominator is 0 (a percentage of a zero income).</summary>
    public static XlsxFormula Ratio(string numeratorCell, string denominatorCell, decimal? value) =>
        new($"IF({Checked(denominatorCell)}=0,\"\",{Checked(numeratorCell)}/{Checked(denominatorCell)})", value);

    private static string Checked(string cell) =>
        CellPattern().IsMatch(cell) ? cell : throw new ArgumentException($"'{cell}' is not a cell reference like B12.", nameof(cell));

    [GeneratedRegex(@"^[A-Z]{1,3}[1-9][0-9]{0,6}$")]
    private static partial Regex CellPattern();
}
