namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>Indices into the cell formats of <see cref="XlsxStylesheet"/>.</summary>
/// <remarks>Pre-filled cells (from the plan, or calculated) are grey and input cells (answers: contributors' figures,
/// the lead's answers) pale yellow, as the national template colours them; table cells have thin borders and wrap.</remarks>
internal enum XlsxStyle : uint
{
    Plain = 0,
    Bold = 1,
    Money = 2,
    Percentage = 3,
    BoldMoney = 4,
    BoldPercentage = 5,

    /// <summary>A sheet's title: bold, larger.</summary>
    Title = 6,

    /// <summary>Running text, wrapped, aligned to the top.</summary>
    Note = 7,

    /// <summary>A table's column heading: bold, wrapped, centred, shaded, bordered.</summary>
    Header = 8,

    /// <summary>A label beside an answer: bold, wrapped, aligned to the top.</summary>
    Label = 9,

    Prefilled = 10,
    PrefilledNumber = 11,
    PrefilledMoney = 12,
    PrefilledPercentage = 13,

    Input = 14,
    InputNumber = 15,
    InputMoney = 16,

    TotalLabel = 17,
    TotalMoney = 18,
    TotalPercentage = 19,

    /// <summary>A checklist "Yes": green, as the template marks a complete column.</summary>
    Yes = 20,

    /// <summary>A checklist "No": red.</summary>
    No = 21,
}
