namespace BcfWorkflow.Api.Security;

/// <summary>
/// Keeps refusals from flooding an audit log: of the refusals alike (same address, status, method and path, and
/// caller), one is written per <see cref="Window"/> and the rest counted (the next one written says how many were
/// left out), and at most <see cref="MaxPerMinute"/> are written a minute in all. In memory, per process.
/// </summary>
public sealed class AccessLogSampler(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    public const int MaxPerMinute = 60;
    private const int MaxTracked = 10_000;

    private readonly Lock gate = new();
    private readonly Dictionary<string, (DateTimeOffset Until, int Skipped)> alike = new(StringComparer.Ordinal);
    private DateTimeOffset minute;
    private int writtenThisMinute;

    /// <returns>Whether to write this refusal, and how many alike were left out since the last one written.</returns>
    public (bool Write, int LeftOut) Admit(string refusal)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (now - minute >= TimeSpan.FromMinutes(1))
            {
                minute = now;
                writtenThisMinute = 0;
            }
            if (alike.TryGetValue(refusal, out var seen) && now < seen.Until)
            {
                alike[refusal] = seen with { Skipped = seen.Skipped + 1 };
                return (false, 0);
            }
            if (writtenThisMinute >= MaxPerMinute)
            {
                return (false, 0);
            }
            if (alike.Count >= MaxTracked)
            {
                foreach (var expired in alike.Where(a => now >= a.Value.Until).Select(a => a.Key).ToList())
                {
                    alike.Remove(expired);
                }
                if (alike.Count >= MaxTracked)
                {
                    return (false, 0);
                }
            }
            writtenThisMinute++;
            alike[refusal] = (now + Window, 0);
            return (true, seen.Skipped);
        }
    }
}
