using System.Globalization;

namespace BcfWorkflow.Resilience.Tests.Load;

/// <summary>Percentiles (nearest rank) and throughput of a load run.</summary>
public sealed record LatencySummary(int Requests, TimeSpan Duration, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public double PerSecond => Requests / Duration.TotalSeconds;

    public static LatencySummary From(IReadOnlyCollection<double> latenciesMs, TimeSpan duration)
    {
        var sorted = latenciesMs.Order().ToArray();
        double At(double p) => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(sorted.Length, duration, At(0.50), At(0.95), At(0.99), sorted.Length == 0 ? 0 : sorted[^1]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Requests} requests in {Duration.TotalSeconds:F1} s ({PerSecond:F1}/s); latency p50 {P50Ms:F0} ms, p95 {P95Ms:F0} ms, p99 {P99Ms:F0} ms, max {MaxMs:F0} ms");
}
