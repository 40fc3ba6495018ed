namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// The plan details the scheme table does not hold, as a lead types them: a sheet named <see cref="SheetName"/> (or a
/// separate CSV or workbook) with label/value rows first, then the contributors table.
/// </summary>
/// <remarks>
/// <code>
/// Health and Wellbeing Board                          | Leicestershire
/// Financial year                                      | 2024-25
/// BCF lead name                                       | BCF Lead
/// BCF lead email                                      | bcf.lead@example.gov.uk
/// Minimum NHS commissioned out-of-hospital spend (£)  | 14633036
/// Minimum Adult Social Care spend (£)                 | 30774296
/// Income: DFG                                         | 4850818
/// Income: Minimum NHS Contribution                    | 51507543      (one row per source, in template order)
/// Contributor ID | Name                  | Email                    | Scheme IDs
/// blaby          | Blaby District Council | dfg@blaby.example.gov.uk | 52
/// leicestershire-cc | Leicestershire County Council | bcf@… | 1-19, 31-46, 59
/// </code>
/// Labels match ignoring case, spaces, a trailing ":" and "(£)". A row with one cell only is a title or a note and
/// is skipped; a row with a label that is not one of these and a value is refused.
/// </remarks>
public static class PlanDetailsLayout
{
    public const string SheetName = "Plan details";

    public const string Area = "Health and Wellbeing Board";
    public const string Year = "Financial year";
    public const string LeadName = "BCF lead name";
    public const string LeadEmail = "BCF lead email";
    public const string MinimumOutOfHospital = "Minimum NHS commissioned out-of-hospital spend (£)";
    public const string MinimumAdultSocialCare = "Minimum Adult Social Care spend (£)";

    /// <summary>The start of an income row's label: "Income: DFG".</summary>
    public const string IncomePrefix = "Income:";

    public const string ContributorId = "Contributor ID";
    public const string ContributorName = "Name";
    public const string ContributorEmail = "Email";
    public const string SchemeIds = "Scheme IDs";

    /// <summary>The label/value rows every plan needs, in the order the template shows them.</summary>
    public static IReadOnlyList<string> Labels { get; } = [Area, Year, LeadName, LeadEmail, MinimumOutOfHospital, MinimumAdultSocialCare];

    /// <summary>The contributors table's columns, in the template's order.</summary>
    public static IReadOnlyList<string> ContributorColumns { get; } = [ContributorId, ContributorName, ContributorEmail, SchemeIds];

    /// <summary>The layout in a few lines, for help texts and messages.</summary>
    public const string Summary =
        "label/value rows, the label in the first column and the value in the second (Health and Wellbeing Board; Financial year, "
        + "e.g. 2024-25; BCF lead name; BCF lead email; Minimum NHS commissioned out-of-hospital spend (£); Minimum Adult Social Care "
        + "spend (£); one 'Income: SOURCE' row per source of funding, in template order), then a contributors table headed "
        + "Contributor ID | Name | Email | Scheme IDs (ids separated by commas or semicolons, ranges such as 1-19 allowed)";
}
