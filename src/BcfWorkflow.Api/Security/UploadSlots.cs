namespace BcfWorkflow.Api.Security;

/// <summary>At most <see cref="PerCaller"/> uploads of one caller are read and checked at once (in memory, per
/// process): a caller cannot tie up the host's memory and cores with many large files at the same time.</summary>
public sealed class UploadSlots
{
    public const int PerCaller = 2;

    private readonly Lock gate = new();
    private readonly Dictionary<string, int> inUse = new(StringComparer.Ordinal);

    /// <returns>A slot to dispose when the upload is done, or null when the caller already has every slot.</returns>
    public IDisposable? TryTake(string caller)
    {
        lock (gate)
        {
            var used = inUse.GetValueOrDefault(caller);
            if (used >= PerCaller)
            {
                return null;
            }
            inUse[caller] = used + 1;
        }
        return new Slot(this, caller);
    }

    private void Release(string caller)
    {
        lock (gate)
        {
            if (inUse.TryGetValue(caller, out var used) && used > 1)
            {
                inUse[caller] = used - 1;
            }
            else
            {
                inUse.Remove(caller);
            }
        }
    }

    private sealed class Slot(UploadSlots owner, string caller) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Release(caller);
            }
        }
    }
}
