using System.Diagnostics;

namespace BcfWorkflow.Bench;

/// <summary>A simple harness: warm up, then time each of <c>iterations</c> runs on its own and take the median
/// (robust to a GC or a scheduler hiccup on a shared 2-core machine); allocations from the thread's counter.</summary>
public static class StopwatchHarness
{
    // Warm up for a number of runs and at least a while: tiered compilation promotes hot methods to optimised code in
    // the background, after 30 calls and a delay, and a count alone measured half-optimised code on a busy machine.
    private static readonly TimeSpan MinimumWarmup = TimeSpan.FromSeconds(1);

    public static Measurement Measure<T>(string name, int warmup, int iterations, Func<T> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        WarmUp(warmup, MinimumWarmup, operation);
        var ticks = new long[iterations];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            ticks[i] = Time(operation);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new Measurement(name, iterations, Median(ticks), (double)allocated / iterations);
    }

    /// <summary>Measures two operations for a ratio: warmed up together, then timed in alternation (one run of each per
    /// iteration), so a change in the machine's load or the JIT's progress affects both alike.</summary>
    public static (Measurement First, Measurement Second) Compare<T1, T2>(
        string firstName, Func<T1> first, string secondName, Func<T2> second, int warmup, int iterations)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        WarmUp(warmup, 2 * MinimumWarmup, () => (first(), second()));
        var firstTicks = new long[iterations];
        var secondTicks = new long[iterations];
        long firstAllocated = 0, secondAllocated = 0;
        for (var i = 0; i < iterations; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            firstTicks[i] = Time(first);
            var between = GC.GetAllocatedBytesForCurrentThread();
            secondTicks[i] = Time(second);
            firstAllocated += between - before;
            secondAllocated += GC.GetAllocatedBytesForCurrentThread() - between;
        }
        return (new Measurement(firstName, iterations, Median(firstTicks), (double)firstAllocated / iterations),
            new Measurement(secondName, iterations, Median(secondTicks), (double)secondAllocated / iterations));
    }

    private static void WarmUp<T>(int runs, TimeSpan atLeast, Func<T> operation)
    {
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < runs || warming.Elapsed < atLeast; i++)
        {
            GC.KeepAlive(operation());
        }
    }

    private static long Time<T>(Func<T> operation)
    {
        var start = Stopwatch.GetTimestamp();
        GC.KeepAlive(operation());
        return Stopwatch.GetTimestamp() - start;
    }

    private static TimeSpan Median(long[] ticks)
    {
        Array.Sort(ticks);
        var n = ticks.Length;
        var median = n % 2 == 1 ? ticks[n / 2] : (ticks[(n / 2) - 1] + ticks[n / 2]) / 2;
        return Stopwatch.GetElapsedTime(0, median);
    }
}
