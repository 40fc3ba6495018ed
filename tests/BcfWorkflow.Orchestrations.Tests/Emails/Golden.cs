using System.Runtime.CompilerServices;

namespace BcfWorkflow.Orchestrations.Tests.Emails;

/// <summary>Golden files under Emails/Golden in the source tree: a test compares what it wrote with the file. To accept
/// a deliberate change, run the tests with BCF_UPDATE_GOLDEN=1: the files are rewritten (and the test passes), then
/// read the diff before committing it.</summary>
public static class Golden
{
    public const string UpdateVariable = "BCF_UPDATE_GOLDEN";

    public static void Match(string fileName, string actual)
    {
        var path = Path.Combine(Folder(), fileName);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No golden file {path}: run the tests with {UpdateVariable}=1 to write it, then check it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual,
            $"{fileName} differs from the golden file (run with {UpdateVariable}=1 to accept the change, then review the diff).\n--- expected\n{expected}\n--- actual\n{actual}");
    }

    private static string Folder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Golden");
}
