using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Returns;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// The scheme table's columns as the template spells them (<see cref="TemplateColumns"/>), matched as a return's
/// header is (<see cref="ReturnColumns"/>: case, spaces and a trailing "(£)" ignored), curly quotes as straight ones.
/// The planned amount is "Previously entered expenditure for the year (£)" (the quarterly template) or
/// "Planned Expenditure (£)" (the planning template). Other columns (Expenditure to date, Comments…) are ignored.
/// </summary>
internal static class SchemeTableColumns
{
    public const string PlannedExpenditure = "Planned Expenditure (£)";

    /// <summary>Columns every scheme table must have (besides one planned amount column).</summary>
    public static IReadOnlyList<string> Required { get; } =
        [TemplateColumns.SchemeId, TemplateColumns.SchemeName, TemplateColumns.AreaOfSpend, TemplateColumns.Commissioner, TemplateColumns.SourceOfFunding];

    public static IReadOnlyList<string> AmountColumns { get; } = [TemplateColumns.PreviouslyEnteredExpenditure, PlannedExpenditure];

    private static readonly string[] Known =
    [
        TemplateColumns.SchemeId, TemplateColumns.SchemeName, TemplateColumns.BriefDescription, TemplateColumns.SchemeType,
        TemplateColumns.SubTypes, TemplateColumns.SchemeTypeOther, TemplateColumns.PlannedOutputs, TemplateColumns.Units,
        TemplateColumns.AreaOfSpend, TemplateColumns.AreaOfSpendOther, TemplateColumns.Commissioner, TemplateColumns.PctNhs,
        TemplateColumns.PctLa, TemplateColumns.Provider, TemplateColumns.SourceOfFunding, TemplateColumns.PreviouslyEnteredExpenditure,
        PlannedExpenditure,
    ];

    private static readonly string[] KnownKeys = [.. Known.Select(Key)];

    /// <summary>The template's spelling of a header cell, or null for a column the import does not read.</summary>
    public static string? Match(string headerCell)
    {
        var index = Array.IndexOf(KnownKeys, Key(headerCell));
        return index < 0 ? null : Known[index];
    }

    private static string Key(string header) => ReturnColumns.Key(header.Replace('\u2018', '\'').Replace('\u2019', '\''));
}
