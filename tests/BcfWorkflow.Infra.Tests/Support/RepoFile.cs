namespace BcfWorkflow.Infra.Tests.Support;

internal static class RepoFile
{
    public static string PathOf(params string[] parts) =>
        Path.Combine([BuildSettings.RepositoryRoot, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));
}
