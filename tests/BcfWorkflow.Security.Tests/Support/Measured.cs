namespace BcfWorkflow.Security.Tests.Support;

/// <summary>Bytes allocated on this thread and the process's peak working set around an action (for the figures of
/// docs/reliability.md; tests bound memory, never time).</summary>
public sealed record Measured<T>(T Result, long AllocatedBytes, long PeakWorkingSetBytes)
{
    public override string ToString() =>
        $"allocated {AllocatedBytes / 1024.0 / 1024.0:0.0} MB, process peak working set {PeakWorkingSetBytes / 1024.0 / 1024.0:0} MB";
}
