using System.Diagnostics;
using System.Runtime.InteropServices;

namespace BcfWorkflow.LocalHost.Storage;

/// <summary>Stops a child process the way Ctrl+C would (SIGTERM), so Azurite saves its metadata (killing it outright loses
/// the last seconds of writes), and kills its process tree only when it has not exited in time.</summary>
public static partial class GracefulStop
{
    const int SigTerm = 15;

    public static void Stop(Process process, TimeSpan grace)
    {
        try
        {
            if (process.HasExited)
            {
                return;
            }

            if (!OperatingSystem.IsWindows() && Kill(process.Id, SigTerm) == 0 && process.WaitForExit(grace))
            {
                return;
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit(grace);
        }
        catch (InvalidOperationException)
        {
            // exited meanwhile
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
