using Microsoft.Extensions.Options;

namespace BcfWorkflow.Api.Security;

/// <summary>Counts failed authentications per remote address in a fixed window (in memory, per process). Once an
/// address reaches <see cref="FailedAuthOptions.MaxFailures"/>, every request from it is refused until its window ends,
/// valid key or not, so a guesser learns nothing from the answer.</summary>
public sealed class FailedAuthLimiter(IOptions<FailedAuthOptions> options, TimeProvider clock)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, FailureWindow> windows = new(StringComparer.Ordinal);

    /// <returns>How long the address must wait, or null when it may try.</returns>
    public TimeSpan? RetryAfter(string address)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (!windows.TryGetValue(address, out var window))
            {
                return null;
            }
            if (now >= window.Ends)
            {
                windows.Remove(address);
                return null;
            }
            return window.Failures >= options.Value.MaxFailures ? window.Ends - now : null;
        }
    }

    /// <summary>Records a failed authentication from the address.</summary>
    public void RecordFailure(string address)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        lock (gate)
        {
            if (!windows.TryGetValue(address, out var window) || now >= window.Ends)
            {
                if (windows.Count >= settings.MaxTrackedAddresses)
                {
                    Evict(now);
                }
                window = new FailureWindow(now + settings.Window, 0);
            }
            windows[address] = window with { Failures = window.Failures + 1 };
        }
    }

    private void Evict(DateTimeOffset now)
    {
        foreach (var expired in windows.Where(w => now >= w.Value.Ends).Select(w => w.Key).ToList())
        {
            windows.Remove(expired);
        }
        if (windows.Count >= options.Value.MaxTrackedAddresses)
        {
            windows.Remove(windows.MinBy(w => w.Value.Ends).Key);
        }
    }

    private sealed record FailureWindow(DateTimeOffset Ends, int Failures);
}
