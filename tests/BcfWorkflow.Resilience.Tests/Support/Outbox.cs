namespace BcfWorkflow.Resilience.Tests.Support;

/// <summary>The emails a host without an email service wrote to <c>{data}/outbox/{n}-{messageId}.eml</c>.</summary>
public static class Outbox
{
    public static IReadOnlyList<string> MessageIds(string dataDir)
    {
        string folder = Path.Combine(dataDir, "outbox");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.eml").Select(Path.GetFileNameWithoutExtension).Select(name => name![(name!.IndexOf('-', StringComparison.Ordinal) + 1)..])]
            : [];
    }

    /// <summary>Message ids written more than once (an email sent twice).</summary>
    public static IReadOnlyList<string> Duplicates(string dataDir) =>
        [.. MessageIds(dataDir).GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)];
}
