using System.Diagnostics;

namespace BcfWorkflow.Resilience.Tests.Support;

/// <summary>Processes a test started (or that its processes started), found and stopped by PID only.</summary>
public static class OwnProcesses
{
    /// <summary>Whether <paramref name="pid"/> is alive and its command line contains <paramref name="marker"/> (so a
    /// reused PID is never mistaken for ours).</summary>
    public static bool IsRunning(int pid, string marker)
    {
        string cmdline = $"/proc/{pid}/cmdline";
        try
        {
            return File.Exists(cmdline)
                && File.ReadAllText(cmdline).Contains(marker, StringComparison.OrdinalIgnoreCase)
                && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Kills <paramref name="pid"/> (and its children) if it is still ours.</summary>
    public static void Kill(int pid, string marker)
    {
        if (!IsRunning(pid, marker))
        {
            return;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // exited meanwhile
        }
    }

    /// <summary>The PID in the Azurite pid file a host keeps in its data folder, or null.</summary>
    public static int? AzuritePid(string dataDir)
    {
        string pidFile = Path.Combine(dataDir, "azurite", ".azurite.pid");
        return File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out int pid) ? pid : null;
    }
}
