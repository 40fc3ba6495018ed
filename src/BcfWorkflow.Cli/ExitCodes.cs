namespace BcfWorkflow.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input has problems (invalid return or plan, missing file); nothing was written.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself is wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>A long-running command (serve, demo) could not start or did not finish; the message says why.</summary>
    public const int Failed = 3;
}
