namespace BcfWorkflow.Functions.Incoming;

/// <summary>A file dropped at <c>incoming/{Area}/{Contributor}/{Name}</c> in the container <c>bcf</c>.</summary>
public sealed record IncomingDrop(string Area, string Contributor, string Name)
{
    public const string Prefix = "incoming/";
    public const string ResultSuffix = ".result.json";

    public string BlobName => $"{Prefix}{Area}/{Contributor}/{Name}";

    public string ResultBlobName => BlobName + ResultSuffix;

    /// <summary>Our own result files land in the same folder and fire the trigger too: they are not returns.</summary>
    public bool IsResultFile => Name.EndsWith(ResultSuffix, StringComparison.OrdinalIgnoreCase);
}
