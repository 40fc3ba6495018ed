using BcfWorkflow.Cli.Tests.Support;

namespace BcfWorkflow.Cli.Tests;

/// <summary><c>bcf keys add</c>: a contributor key must name its area; a key is printed once and stored as a hash.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), $"bcf-keys-{Guid.NewGuid():N}");

    [Fact]
    public void KeysAdd_ContributorWithoutAnArea_ExitsTwoSayingWhyAndWritesNothing()
    {
        var result = CliRunner.Run("keys", "add", "--role", "contributor", "--contributor", "blaby", "--data", dataDir);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs --area AREA", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dataDir, "users.json")));
    }

    [Fact]
    public void KeysAdd_ContributorWithAnArea_PrintsTheKeyOnceAndStoresOnlyItsHashInAPrivateFolder()
    {
        var result = CliRunner.Run("keys", "add", "--role", "contributor", "--contributor", "blaby", "--area", "Leicestershire", "--data", dataDir);

        Assert.Equal(0, result.ExitCode);
        var key = result.Out.Trim();
        Assert.StartsWith("bcf_", key, StringComparison.Ordinal);
        var users = File.ReadAllText(Path.Combine(dataDir, "users.json"));
        Assert.DoesNotContain(key, users, StringComparison.Ordinal);
        Assert.Contains("\"Area\": \"Leicestershire\"", users, StringComparison.Ordinal);
        // Without --name the holder is called by the contributor's id, and the command says how to name them.
        Assert.Contains("will call its holder 'blaby'", result.Error, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(dataDir));
        }
    }

    [Fact]
    public void KeysAdd_WithAName_StoresItAndGivesNoHint()
    {
        var result = CliRunner.Run("keys", "add", "--role", "contributor", "--contributor", "blaby", "--area", "Leicestershire", "--name", "Sam Patel (Blaby DFG)", "--data", dataDir);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"Name\": \"Sam Patel (Blaby DFG)\"", File.ReadAllText(Path.Combine(dataDir, "users.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("No --name given", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
