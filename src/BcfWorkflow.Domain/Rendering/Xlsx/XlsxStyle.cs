namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>Indices into the cell formats of <see cref="XlsxStylesheet"/>.</summary>
internal enum XlsxStyle : uint
{
    Plain = 0,
    Bold = 1,
    Money = 2,
    Percentage = 3,
    BoldMoney = 4,
    BoldPercentage = 5,
}
