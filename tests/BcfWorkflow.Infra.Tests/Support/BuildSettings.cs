using System.Reflection;

namespace BcfWorkflow.Infra.Tests.Support;

/// <summary>Values MSBuild stamped into this assembly (see the .csproj).</summary>
internal static class BuildSettings
{
    public static string NuGetPackageRoot => Read(nameof(NuGetPackageRoot));

    public static string BicepVersion => Read(nameof(BicepVersion));

    public static string RepositoryRoot => Read(nameof(RepositoryRoot));

    private static string Read(string key) =>
        typeof(BuildSettings).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing.");
}
