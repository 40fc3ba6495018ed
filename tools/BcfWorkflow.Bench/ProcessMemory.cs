using System.Globalization;

namespace BcfWorkflow.Bench;

/// <summary>Peak resident memory of another process (Linux: VmHWM in /proc/PID/status), or null where unknown.</summary>
internal static class ProcessMemory
{
    public static long? PeakResidentBytes(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status))
        {
            return null;
        }
        try
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
