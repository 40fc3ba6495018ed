using Microsoft.Extensions.Options;

namespace BcfWorkflow.Api.Security;

/// <summary>Counts failed authentications per subject (a remote address, or a presented key's digest) in a fixed window
/// (in memory, per process; the same class in both hosts, behind the platform's sign-in on Azure). Once a subject
/// reaches <see cref="FailedAuthOptions.MaxFailures"/>, its further failures are answered 429 until the window ends.
/// A valid credential is never refused (<see cref="Endpoints.RequestAuth"/>): keys are 160 random bits, so the limiter
/// is there to bound the noise (and the access log), not to make guessing feasible-but-slow.</summary>
public sealed class FailedAuthLimiter(IOptions<FailedAuthOptions> options, TimeProvider clock)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, FailureWindow> windows = new(StringComparer.Ordinal);

    /// <returns>How long the subject must wait, or null when it may try.</returns>
    public TimeSpan? RetryAfter(string subject)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (!windows.TryGetValue(subject, out var window))
            {
                return null;
            }
            if (now >= window.Ends)
            {
                windows.Remove(subject);
                return null;
            }
            return window.Failures >= options.Value.MaxFailures ? window.Ends - now : null;
        }
    }

    /// <summary>Records a failed authentication by the subject.</summary>
    public void RecordFailure(string subject)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        lock (gate)
        {
            if (!windows.TryGetValue(subject, out var window) || now >= window.Ends)
            {
                if (windows.Count >= settings.MaxTrackedAddresses)
                {
                    Evict(now);
                }
                window = new FailureWindow(now + settings.Window, 0);
            }
            windows[subject] = window with { Failures = window.Failures + 1 };
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
