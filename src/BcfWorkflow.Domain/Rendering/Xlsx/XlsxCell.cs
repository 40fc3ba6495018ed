namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>A cell to write: text (always a string cell, never a formula), a number, one of our own formulas with its
/// value, or nothing (a styled empty cell still gets its colour and border).</summary>
internal readonly record struct XlsxCell(string? Text, decimal? Number, XlsxStyle Style, XlsxFormula? Formula = null)
{
    public static XlsxCell Blank => default;

    /// <summary>Nothing to write: no value and no style.</summary>
    public bool IsBlank => Text is null && Number is null && Formula is null && Style == XlsxStyle.Plain;

    public static XlsxCell Of(string? text, XlsxStyle style = XlsxStyle.Plain) => new(text ?? "", null, style);

    /// <summary>A number cell; a null number leaves the cell empty (styled, if a style is given).</summary>
    public static XlsxCell Of(decimal? number, XlsxStyle style = XlsxStyle.Plain) => new(null, number, style);

    /// <summary>An empty cell with a style: an input not answered yet, or the rest of a merged label.</summary>
    public static XlsxCell Empty(XlsxStyle style) => new(null, null, style);

    /// <summary>An answer in an input cell: the text, or an empty input cell while it is not answered.</summary>
    public static XlsxCell Input(string? answer) =>
        string.IsNullOrWhiteSpace(answer) ? Empty(XlsxStyle.Input) : new(answer.Trim(), null, XlsxStyle.Input);

    /// <summary>A checklist mark: green "Yes" or red "No".</summary>
    public static XlsxCell YesNo(bool yes) => new(yes ? "Yes" : "No", null, yes ? XlsxStyle.Yes : XlsxStyle.No);

    /// <summary>A formula cell with its value saved, so a reader that does not recalculate still sees it.</summary>
    public static XlsxCell Of(XlsxFormula formula, XlsxStyle style) => new(null, null, style, formula);
}
