using System.Diagnostics;

namespace BcfWorkflow.Bench;

/// <summary>Samples this process's working set while a run lasts (Process.PeakWorkingSet64 never goes down, so it
/// cannot tell two runs in one process apart).</summary>
internal sealed class PeakMemorySampler : IDisposable
{
    private readonly Timer timer;
    private long peak;

    public PeakMemorySampler()
    {
        Sample();
        timer = new Timer(_ => Sample(), null, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100));
    }

    public long PeakBytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref peak);
        }
    }

    private void Sample()
    {
        using var self = Process.GetCurrentProcess();
        var now = self.WorkingSet64;
        long seen;
        while (now > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen)
        {
        }
    }

    public void Dispose() => timer.Dispose();
}
