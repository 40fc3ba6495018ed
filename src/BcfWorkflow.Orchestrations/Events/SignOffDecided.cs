namespace BcfWorkflow.Orchestrations.Events;

/// <summary>The lead's decision at sign-off round <paramref name="Round"/>; a decision for any other round is ignored,
/// so a duplicate or stale decision is harmless.</summary>
/// <param name="Decision">One of <see cref="SignOffDecisions"/>.</param>
/// <param name="Contributors">For a send-back: the contributors to reopen (names not in the cycle are ignored).</param>
public sealed record SignOffDecided(int Round, string Decision, IReadOnlyList<string> Contributors, string Reason, string DecidedBy)
{
    /// <summary>For an approval: the version of the lead's answers it approves (null: none saved, or a decision
    /// made before answers were kept).</summary>
    public int? AnswersVersion { get; init; }

    /// <summary>For an approval: the version of the attached reporting workbook to fill (null: none attached).</summary>
    public int? WorkbookVersion { get; init; }
}

/// <summary>The values of <see cref="SignOffDecided.Decision"/>.</summary>
public static class SignOffDecisions
{
    public const string Approve = "approve";
    public const string SendBack = "sendBack";
}
