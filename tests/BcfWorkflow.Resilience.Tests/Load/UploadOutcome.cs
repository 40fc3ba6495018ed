namespace BcfWorkflow.Resilience.Tests.Load;

/// <summary>What one load worker saw: the accepted versions (number → SHA-256) and anything unexpected.</summary>
public sealed class UploadOutcome(string contributorId)
{
    public string ContributorId { get; } = contributorId;
    public SortedDictionary<int, string> Accepted { get; } = [];
    public List<double> LatenciesMs { get; } = [];
    public List<string> Unexpected { get; } = [];
    public int New { get; set; }
    public int Repeats { get; set; }
    public int Invalid { get; set; }

    public int LatestVersion => Accepted.Count == 0 ? 0 : Accepted.Keys.Max();
}
