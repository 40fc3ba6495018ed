namespace BcfWorkflow.Cli.Input;

/// <summary>Codes of the problems the CLI finds itself, before or around the domain's validation.</summary>
public static class InputIssueCodes
{
    public const string FileNotFound = "file-not-found";
    public const string FileUnreadable = "file-unreadable";
    public const string UnknownContributor = "unknown-contributor";
    public const string DuplicateReturn = "duplicate-return";
}
