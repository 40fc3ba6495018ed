using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Aggregation;

/// <summary>Codes of the warnings <see cref="AreaAggregator"/> raises for the lead (shared ones equal <see cref="IssueCodes"/>).</summary>
public static class AggregationWarningCodes
{
    /// <summary>A contributor has not returned its rows.</summary>
    public const string MissingReturn = "missing-return";

    /// <summary>A column that must be filled is blank on some scheme row.</summary>
    public const string ChecklistIncomplete = "checklist-incomplete";

    /// <summary>Spend to date above the planned amount with no comment.</summary>
    public const string NeedsComment = IssueCodes.NeedsComment;

    /// <summary>A return holds a row for a scheme its contributor does not own (the row is ignored).</summary>
    public const string ForeignScheme = IssueCodes.ForeignScheme;

    /// <summary>A scheme's source of funding is not one of the plan's income sources (its spend is in no running balance).</summary>
    public const string UnknownSource = IssueCodes.UnknownSource;

    /// <summary>A source of the plan's income that the year's national template does not name (reporting-templates.json).</summary>
    public const string SourceNotInTemplate = "source-not-in-template";
}
