namespace BcfWorkflow.Domain.Aggregation;

/// <summary>The scheme table's column headers, exactly as the national template spells them, in template order.</summary>
public static class TemplateColumns
{
    public const string SchemeId = "Scheme ID";
    public const string SchemeName = "Scheme Name";
    public const string BriefDescription = "Brief Description";
    public const string SchemeType = "Scheme Type";
    public const string SubTypes = "Sub Types";
    public const string SchemeTypeOther = "Please specify if 'Scheme Type' is 'Other'";
    public const string PlannedOutputs = "Planned Outputs for the year";
    public const string OutputsDeliveredToDate = "Outputs delivered to date";
    public const string Units = "Units";
    public const string AreaOfSpend = "Area of Spend";
    public const string AreaOfSpendOther = "Please specify if 'Area of Spend' is 'other'";
    public const string Commissioner = "Commissioner";
    public const string PctNhs = "% NHS";
    public const string PctLa = "% LA";
    public const string Provider = "Provider";
    public const string SourceOfFunding = "Source of Funding";
    public const string PreviouslyEnteredExpenditure = "Previously entered expenditure for the year (£)";
    public const string ExpenditureToDate = "Expenditure to date (£)";
    public const string Comments = "Comments";

    public static IReadOnlyList<string> SchemeTable { get; } =
    [
        SchemeId, SchemeName, BriefDescription, SchemeType, SubTypes, SchemeTypeOther, PlannedOutputs,
        OutputsDeliveredToDate, Units, AreaOfSpend, AreaOfSpendOther, Commissioner, PctNhs, PctLa, Provider,
        SourceOfFunding, PreviouslyEnteredExpenditure, ExpenditureToDate, Comments,
    ];
}
