namespace BcfWorkflow.Domain.Validation;

public enum IssueSeverity
{
    /// <summary>Blocks the return: it is not accepted.</summary>
    Error,

    /// <summary>Accepted, but the row needs a comment explaining it (shown to the lead).</summary>
    Warning,
}
