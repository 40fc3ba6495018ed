using System.Diagnostics;

namespace BcfWorkflow.Security.Tests.Support;

public static class Measure
{
    public static Measured<T> Run<T>(Func<T> action)
    {
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = action();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new Measured<T>(result, allocated, process.PeakWorkingSet64);
    }
}
