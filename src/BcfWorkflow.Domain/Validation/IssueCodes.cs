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

    // Return file: the table itself
    public const string EmptyFile = "empty-file";
    public const string NotATable = "not-a-table";
    public const string TooLarge = "too-large";
    public const string MissingColumn = "missing-column";
    public const string DuplicateColumn = "duplicate-column";

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
    public const string NameMismatch = "name-mismatch";
    public const string PlanContradiction = "plan-contradiction";

    /// <summary>A warning: the row is accepted but needs a comment explaining it.</summary>
    public const string NeedsComment = "needs-comment";
}
