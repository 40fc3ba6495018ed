using System.Diagnostics;

namespace BcfWorkflow.Cli.Bench;

/// <summary>A simple harness: warm up, then time each of <c>iterations</c> runs on its own and take the median
/// (robust to a GC or a scheduler hiccup on a shared 2-core machine); allocations from the thread's counter.</summary>
public static class StopwatchHarness
{
    private static readonly TimeSpan MinimumWarmup = TimeSpan.FromSeconds(1);

    public static Measurement Measure<T>(string name, int warmup, int iterations, Func<T> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        // Warm up for a number of runs and at least a while: tiered compilation promotes hot methods to optimised
        // code in the background, after 30 calls and a delay, and a count alone measured half-optimised code.
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < warmup || warming.Elapsed < MinimumWarmup; i++)
        {
            GC.KeepAlive(operation());
        }
        var ticks = new long[iterations];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            GC.KeepAlive(operation());
            ticks[i] = Stopwatch.GetTimestamp() - start;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Array.Sort(ticks);
        var median = iterations % 2 == 1 ? ticks[iterations / 2] : (ticks[(iterations / 2) - 1] + ticks[iterations / 2]) / 2;
        return new Measurement(name, iterations, Stopwatch.GetElapsedTime(0, median), (double)allocated / iterations);
    }
}
