namespace BcfWorkflow.Domain.Validation;

/// <summary>The stable values of <see cref="ValidationIssue.Code"/>: scripts and the web pages key on them.</summary>
public static class IssueCodes
{
    // Plan (plan.json)
    public const string InvalidJson = "invalid-json";
    public const string MissingField = "missing-field";
    public const string BadField = "bad-field";
    public const string UnknownSource = "unknown-source";
    public const string DuplicateSource = "duplicate-source";
    public const string DuplicateContributor = "duplicate-contributor";
    public const string UnownedScheme = "unowned-scheme";
    public const string SharedScheme = "shared-scheme";
    public const string BadPercentages = "bad-percentages";

    // Plan import (bcf plan import, a workbook posted to /api/plans): the plan details sheet or file
    /// <summary>A plan detail (area, year, lead, a minimum, income, the contributors table) is not there.</summary>
    public const string MissingDetail = "missing-detail";

    /// <summary>A labelled row whose label is not one of the plan details.</summary>
    public const string UnknownDetail = "unknown-detail";

    /// <summary>The same plan detail given twice.</summary>
    public const string DuplicateDetail = "duplicate-detail";

    /// <summary>A contributor's Scheme IDs cell that cannot be read as a list of ids and ranges.</summary>
    public const string BadSchemeIds = "bad-scheme-ids";

    // Return file: the table itself
    public const string EmptyFile = "empty-file";
    public const string NotATable = "not-a-table";
    public const string TooLarge = "too-large";
    public const string MissingColumn = "missing-column";
    public const string DuplicateColumn = "duplicate-column";

    /// <summary>Several sheets could be the return and the file does not say which was showing.</summary>
    public const string AmbiguousSheet = "ambiguous-sheet";

    /// <summary>The only sheet that could be the return is hidden.</summary>
    public const string HiddenSheet = "hidden-sheet";

    /// <summary>A CSV row with more filled cells than the header: its figures cannot be matched to their columns.</summary>
    public const string ExtraCells = "extra-cells";

    // Return rows
    public const string UnknownContributor = "unknown-contributor";
    public const string BlankSchemeId = "blank-scheme-id";
    public const string UnknownScheme = "unknown-scheme";
    public const string ForeignScheme = "foreign-scheme";
    public const string DuplicateScheme = "duplicate-scheme";
    public const string MissingScheme = "missing-scheme";
    public const string BadAmount = "bad-amount";
    public const string NegativeAmount = "negative-amount";
    public const string BadOutputs = "bad-outputs";

    /// <summary>A number that reads differently in UK and continental style, or in the style the file does not use.</summary>
    public const string AmbiguousNumber = "ambiguous-number";

    /// <summary>A formula saved without its result, in a column that is read.</summary>
    public const string UncalculatedFormula = "uncalculated-formula";

    /// <summary>A Total row that does not equal the sum of the scheme rows, or is not below them.</summary>
    public const string TotalMismatch = "total-mismatch";
    public const string NameMismatch = "name-mismatch";
    public const string PlanContradiction = "plan-contradiction";

    /// <summary>Text longer than a spreadsheet cell holds (32,767 characters).</summary>
    public const string TooLong = "too-long";

    /// <summary>A warning: the row is accepted but needs a comment explaining it.</summary>
    public const string NeedsComment = "needs-comment";

    /// <summary>Warning: every figure equals last quarter's return (the previous quarter's file sent again?).</summary>
    public const string SameAsLastQuarter = "same-as-last-quarter";

    // NHS England's reporting workbook, attached by the lead to be filled in (Rendering/Official/ReportingWorkbook)
    /// <summary>Not an .xlsx or .xlsm workbook (an .xls, .ods, CSV or anything else).</summary>
    public const string NotXlsx = "not-xlsx";

    /// <summary>A workbook encrypted with a password to open.</summary>
    public const string EncryptedWorkbook = "encrypted-workbook";

    /// <summary>The workbook's title names another year or quarter.</summary>
    public const string WrongWorkbook = "wrong-workbook";

    /// <summary>A sheet of the year's template is not in the workbook.</summary>
    public const string MissingSheet = "missing-sheet";

    /// <summary>A label (a cover question, a condition, a metric, the scheme table's header) is not on its sheet.</summary>
    public const string MissingLabel = "missing-label";

    /// <summary>A sheet or label found twice, so the cell to fill cannot be told.</summary>
    public const string AmbiguousLabel = "ambiguous-label";

    /// <summary>No input cell beside a label, or the cell to fill is locked on a protected sheet.</summary>
    public const string NoInputCell = "no-input-cell";

    /// <summary>The cell to fill holds a formula, which is never overwritten.</summary>
    public const string FormulaInInput = "formula-in-input";
}
