namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>A cell to write: text (always a string cell, never a formula), a number, or nothing.</summary>
internal readonly record struct XlsxCell(string? Text, decimal? Number, XlsxStyle Style)
{
    public static XlsxCell Blank => default;

    public bool IsBlank => Text is null && Number is null;

    public static XlsxCell Of(string? text, XlsxStyle style = XlsxStyle.Plain) => new(text ?? "", null, style);

    /// <summary>A number cell; a null number leaves the cell blank.</summary>
    public static XlsxCell Of(decimal? number, XlsxStyle style = XlsxStyle.Plain) => new(null, number, style);
}
