namespace BcfWorkflow.Testing;

public static class RepositoryRoot
{
    /// <summary>The folder holding BcfWorkflow.sln, found upwards from the test binaries.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BcfWorkflow.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No BcfWorkflow.sln above {AppContext.BaseDirectory}.");
    }
}
