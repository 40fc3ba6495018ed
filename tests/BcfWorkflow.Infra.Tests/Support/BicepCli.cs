using System.Diagnostics;

namespace BcfWorkflow.Infra.Tests.Support;

/// <summary>The Bicep CLI that restore put in the NuGet packages folder (PackageDownload in the .csproj).</summary>
internal static class BicepCli
{
    public static string ExecutablePath
    {
        get
        {
            var root = string.IsNullOrEmpty(BuildSettings.NuGetPackageRoot)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
                : BuildSettings.NuGetPackageRoot;
            return Path.Combine(root, "azure.bicep.commandline.linux-x64", BuildSettings.BicepVersion, "tools", "bicep");
        }
    }

    public static async Task<ProcessResult> RunAsync(params string[] arguments)
    {
        var executable = ExecutablePath;
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException("Bicep CLI not found; run dotnet restore on this project.", executable);
        }

        if (!OperatingSystem.IsWindows())
        {
            EnsureExecutable(executable);
        }

        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = BuildSettings.RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {executable}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ProcessResult(process.ExitCode, await output, await error);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void EnsureExecutable(string path)
    {
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }
    }
}
