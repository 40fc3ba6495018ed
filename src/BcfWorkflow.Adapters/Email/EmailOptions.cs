namespace BcfWorkflow.Adapters.Email;

/// <summary>The sender of every email (configuration section <c>Email</c>).</summary>
public sealed record EmailOptions
{
    public const string Section = "Email";

    public string From { get; init; } = "bcf-workflow@localhost";
    public string FromName { get; init; } = "BCF Workflow";
}
