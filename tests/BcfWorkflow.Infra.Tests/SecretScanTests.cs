using BcfWorkflow.Infra.Tests.Support;

namespace BcfWorkflow.Infra.Tests;

public sealed class SecretScanTests
{
    public static TheoryData<string> ScannedFiles()
    {
        var root = BuildSettings.RepositoryRoot;
        var files = Directory.EnumerateFiles(RepoFile.PathOf("infra"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.json"))
            .Concat([RepoFile.PathOf("azure.yaml"), RepoFile.PathOf("docs", "deploy.md")])
            .Select(path => Path.GetRelativePath(root, path));
        return new TheoryData<string>(files);
    }

    [Theory]
    [MemberData(nameof(ScannedFiles))]
    public void File_Content_HoldsNothingSecretLooking(string relativePath)
    {
        Assert.Empty(SecretScanner.Findings(RepoFile.Read(relativePath)));
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc==")]
    [InlineData("SharedAccessSignature=sv=2022")]
    [InlineData("https://a.blob.core.windows.net/c?sv=2022-11-02&sig=AbCdEf0123456789%2B")]
    [InlineData("SG.abcdefghijklmnopqrstuv.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg")]
    public void Findings_KnownSecretShape_IsReported(string text)
    {
        Assert.NotEmpty(SecretScanner.Findings(text));
    }

    [Fact]
    public void Infra_IpAllowLists_NeverOpenToTheWholeInternet()
    {
        var bicep = Directory.EnumerateFiles(RepoFile.PathOf("infra"), "*.bicep", SearchOption.AllDirectories);

        Assert.All(bicep, path => Assert.DoesNotContain("0.0.0.0/0", File.ReadAllText(path), StringComparison.Ordinal));
    }
}
