namespace BcfWorkflow.Domain.Aggregation;

/// <summary>A column that must be filled, and when a scheme row counts as filled in it.</summary>
/// <param name="FromReturn">Filled by the contributor's return (not the plan): blank on every scheme of a contributor
/// that has not returned, which its missing-return warning already says.</param>
internal sealed record ChecklistRule(string Column, Func<SchemeLine, bool> IsFilled, bool FromReturn = false)
{
    /// <summary>The checked columns, in template order.</summary>
    public static IReadOnlyList<ChecklistRule> All { get; } =
    [
        new(TemplateColumns.SchemeId, l => HasText(l.Scheme.Id)),
        new(TemplateColumns.SchemeName, l => HasText(l.Scheme.Name)),
        new(TemplateColumns.BriefDescription, l => HasText(l.Scheme.Description)),
        new(TemplateColumns.SchemeType, l => HasText(l.Scheme.SchemeType)),
        // Which types have sub types is the national template's list, not ours: require one everywhere.
        new(TemplateColumns.SubTypes, l => HasText(l.Scheme.SubType)),
        new(TemplateColumns.OutputsDeliveredToDate, l => l.Scheme.PlannedOutputs is null || l.OutputsDeliveredToDate is not null, FromReturn: true),
        new(TemplateColumns.AreaOfSpend, l => HasText(l.Scheme.AreaOfSpend)),
        new(TemplateColumns.Commissioner, l => Enum.IsDefined(l.Scheme.Commissioner)),
        new(TemplateColumns.PctNhs, l => l.Scheme.Commissioner != Model.Commissioner.Joint || l.Scheme.PctNhs is not null),
        new(TemplateColumns.PctLa, l => l.Scheme.Commissioner != Model.Commissioner.Joint || l.Scheme.PctLa is not null),
        new(TemplateColumns.Provider, l => HasText(l.Scheme.Provider)),
        new(TemplateColumns.SourceOfFunding, l => HasText(l.Scheme.SourceOfFunding)),
        // Always present: the plan's planned amount is not optional.
        new(TemplateColumns.PreviouslyEnteredExpenditure, _ => true),
        new(TemplateColumns.ExpenditureToDate, l => l.ExpenditureToDate is not null, FromReturn: true),
    ];

    private static bool HasText(string? value) => !string.IsNullOrWhiteSpace(value);
}
