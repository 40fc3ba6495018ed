using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Tests.Builders;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Tests.Rendering;

/// <summary>An <see cref="AreaSummary"/> built directly, so the writers are tested apart from the aggregator.</summary>
internal static class SampleSummary
{
    public const string FormulaComment = "=HYPERLINK(\"http://evil.example\",\"click\")";

    public static readonly Scheme Blaby = PlanBuilder.DfgScheme("39", "Blaby District Council", "Integrated Blaby Planning", 603_345m, 85m);

    public static readonly Scheme Reablement = new()
    {
        Id = "11", Name = "Reablement, at home", Description = "Home-based \"reablement\"", SchemeType = "Home-based intermediate care services",
        AreaOfSpend = "Social Care", Commissioner = Commissioner.Joint, PctNhs = 60m, PctLa = 40m, Provider = "Local Authority",
        SourceOfFunding = "Minimum NHS Contribution", PlannedExpenditure = 5_000_000.50m, PlannedOutputs = 2_000m, Units = "Packages",
    };

    public static readonly Scheme Hoarding = new()
    {
        Id = "45", Name = "Hoarding Project", Description = "Support for people who hoard", SchemeType = "DFG Related Schemes",
        SubType = "Other", AreaOfSpend = "Social Care", Commissioner = Commissioner.LA, Provider = "Local Authority",
        SourceOfFunding = "DFG", PlannedExpenditure = 315_000m,
    };

    public static AreaSummary Create(params SchemeLine[] schemes) => new(
        "Leicestershire",
        "2024-25",
        "Q2",
        [
            new RunningBalance("DFG", 4_850_818m, 2_032_308m, 2_032_308m / 4_850_818m, 2_818_510m),
            new RunningBalance("Additional LA Contribution", 0m, 0m, null, 0m),
            new RunningBalance("Total", 4_850_818m, 2_032_308m, 2_032_308m / 4_850_818m, 2_818_510m),
        ],
        [
            new RequiredSpendLine(RequiredSpendNames.NhsCommissionedOutOfHospital, 14_633_036m, 5_000_600m, 9_632_436m),
            new RequiredSpendLine(RequiredSpendNames.AdultSocialCare, 30_774_296m, 9_001_000m, 21_773_296m),
        ],
        schemes.Length > 0 ? schemes : DefaultSchemes(),
        [
            new ChecklistItem(TemplateColumns.SchemeId, true),
            new ChecklistItem(TemplateColumns.ExpenditureToDate, false),
        ],
        [new ValidationIssue(AggregationWarningCodes.MissingReturn, "", null, null, "Hoarding (county) has not returned its rows.", IssueSeverity.Warning)]);

    public static SchemeLine[] DefaultSchemes() =>
    [
        new(Blaby, true, 346_085.00m, 40m, ""),
        new(Reablement, true, 1_234.50m, null, FormulaComment),
        new(Hoarding, false, null, null, ""),
    ];

    public static TemplateCover Cover(SignOff? signOff = null) => new(
        [
            new SubmissionRecord("blaby", "Blaby District Council", 1, "blaby-q2.csv", new DateTimeOffset(2024, 10, 14, 9, 30, 0, TimeSpan.Zero), "dfg@blaby.example.gov.uk"),
            new SubmissionRecord("icb", "", 2, "icb-q2.xlsx", new DateTimeOffset(2024, 10, 15, 17, 5, 7, TimeSpan.FromHours(1)), "bcf@llr-icb.example.nhs.uk"),
        ],
        signOff);
}
