using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.LocalHost.Storage;

/// <summary>Finds the azurite launcher under <c>.tools/azurite</c>, installing it from npm on first use
/// (through <c>scripts/ensure-azurite.sh</c> when the repository is around, otherwise <c>npm install</c>).</summary>
public static class AzuriteInstaller
{
    public const string Version = "3.37.0";
    const string ToolsFolder = ".tools/azurite";

    public static async Task<string> FindOrInstallAsync(AzuriteOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Path))
        {
            return File.Exists(options.Path)
                ? options.Path
                : throw new FileNotFoundException($"Azurite:Path points at '{options.Path}', which does not exist.");
        }

        if (FindInstalled(AppContext.BaseDirectory) is { } installed)
        {
            return installed;
        }

        string? repoRoot = FindUpwards(AppContext.BaseDirectory, dir => File.Exists(Path.Combine(dir, "scripts", "ensure-azurite.sh")));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.InstallTimeout);
        if (repoRoot is not null && !OperatingSystem.IsWindows())
        {
            logger.LogInformation("Installing Azurite {Version} with scripts/ensure-azurite.sh (first use)", Version);
            string output = await RunAsync("bash", [Path.Combine(repoRoot, "scripts", "ensure-azurite.sh")], timeout.Token);
            string launcher = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
            return File.Exists(launcher) ? launcher : throw new InvalidOperationException($"ensure-azurite.sh printed '{launcher}', which does not exist.");
        }

        string prefix = Path.Combine(repoRoot ?? AppContext.BaseDirectory, ToolsFolder);
        logger.LogInformation("Installing Azurite {Version} into {Prefix} with npm (first use)", Version, prefix);
        Directory.CreateDirectory(prefix);
        await RunAsync(OperatingSystem.IsWindows() ? "npm.cmd" : "npm",
            ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", $"azurite@{Version}"], timeout.Token);
        return LauncherIn(prefix) is { } path && File.Exists(path)
            ? path
            : throw new InvalidOperationException($"npm install finished but no azurite launcher is under {prefix}.");
    }

    /// <summary>The launcher in the nearest <c>.tools/azurite</c> at or above <paramref name="start"/>, or null.</summary>
    public static string? FindInstalled(string start)
    {
        string? dir = FindUpwards(start, d => File.Exists(LauncherIn(Path.Combine(d, ToolsFolder))));
        return dir is null ? null : LauncherIn(Path.Combine(dir, ToolsFolder));
    }

    static string LauncherIn(string prefix) =>
        Path.Combine(prefix, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");

    static string? FindUpwards(string start, Func<string, bool> matches)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (matches(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        Task<string> stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}: {await stderr}");
    }
}
