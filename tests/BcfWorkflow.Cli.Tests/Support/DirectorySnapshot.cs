namespace BcfWorkflow.Cli.Tests.Support;

/// <summary>Every file under a folder with its size, last write time and content hash, to prove nothing changed.</summary>
public static class DirectorySnapshot
{
    public static IReadOnlyList<string> Take(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFileSystemEntries(directory, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(Describe)
                .ToList()
            : [];

    private static string Describe(string path) => File.Exists(path)
        ? $"{path}|{new FileInfo(path).Length}|{File.GetLastWriteTimeUtc(path):O}|{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)))}"
        : $"{path}/";
}
