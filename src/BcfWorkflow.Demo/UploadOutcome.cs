namespace BcfWorkflow.Demo;

/// <summary>What a PUT of a return gave: the stored version, or the HTTP status and the problem lines (FILE:ROW:COLUMN: message).</summary>
internal sealed record UploadOutcome(int Status, int? Version, IReadOnlyList<string> Problems)
{
    public bool Accepted => Version is not null;
}
