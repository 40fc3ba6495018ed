using BcfWorkflow.Infra.Tests.Support;

namespace BcfWorkflow.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class BicepCliTests(CompiledTemplate template)
{
    // Lint diagnostics we accept, by rule id, each with the reason. Empty: none are accepted today.
    private static readonly Dictionary<string, string> AllowedLintDiagnostics = [];

    [Fact]
    public void Build_MainBicep_ExitsZeroWithoutDiagnostics()
    {
        Assert.True(template.Build.ExitCode == 0, template.Build.Describe());
        Assert.Empty(BicepDiagnostics.Parse(template.Build.StandardError));
        Assert.Equal("", template.Build.StandardError.Trim());
    }

    [Fact]
    public async Task Lint_MainBicep_ReportsNoWarningsOrErrors()
    {
        var lint = await BicepCli.RunAsync("lint", RepoFile.PathOf("infra", "main.bicep"));

        Assert.True(lint.ExitCode == 0, lint.Describe());
        var unexpected = BicepDiagnostics.Parse(lint.StandardOutput + lint.StandardError)
            .Where(diagnostic => !AllowedLintDiagnostics.ContainsKey(diagnostic.Code))
            .Select(diagnostic => diagnostic.Line);
        Assert.Empty(unexpected);
    }

    [Fact]
    public void Parse_CliWarningLine_FindsRuleId()
    {
        const string output =
            "/x/main.bicep(1,7) : Warning no-unused-params: Parameter \"a\" is declared but never used. [https://aka.ms/x]\n";

        var diagnostic = Assert.Single(BicepDiagnostics.Parse(output));

        Assert.Equal(("Warning", "no-unused-params"), (diagnostic.Level, diagnostic.Code));
    }
}
