using System.Text;
using BcfWorkflow.Cli.Output;
using BcfWorkflow.Cli.Tests.Support;

namespace BcfWorkflow.Cli.Tests;

public sealed class AtomicDirectoryWriterTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static OutputFile Text(string name, string content) => new(name, s => s.Write(Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void Write_MissingDirectory_CreatesItWithTheFilesAndNoLeftovers()
    {
        var target = temp.Combine("out");

        AtomicDirectoryWriter.Write(target, [Text("a.txt", "A"), Text("b.txt", "B")]);

        Assert.Equal("A", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Equal("B", File.ReadAllText(Path.Combine(target, "b.txt")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_FailingFile_LeavesTheTargetUntouchedAndRemovesTheStaging()
    {
        var target = temp.Combine("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "a.txt"), "old");
        var before = DirectorySnapshot.Take(temp.Path);

        var thrown = Assert.Throws<InvalidOperationException>(() => AtomicDirectoryWriter.Write(target,
            [Text("a.txt", "new"), new OutputFile("b.txt", _ => throw new InvalidOperationException("render failed"))]));

        Assert.Equal("render failed", thrown.Message);
        Assert.Equal(before, DirectorySnapshot.Take(temp.Path));
    }
}
