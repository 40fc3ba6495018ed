namespace BcfWorkflow.Api.Security;

/// <summary>The <c>Auth:FailedAttempts</c> configuration section: how many failed sign-ins one remote address may make
/// in a window before every request from it gets 429 until the window ends.</summary>
public sealed class FailedAuthOptions
{
    public const string Section = "Auth:FailedAttempts";

    public int MaxFailures { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>At most this many addresses are tracked; the oldest windows are dropped first (a flood of spoofed
    /// sources cannot grow memory without bound).</summary>
    public int MaxTrackedAddresses { get; set; } = 10_000;
}
