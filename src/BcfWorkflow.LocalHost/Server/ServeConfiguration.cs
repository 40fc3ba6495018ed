using BcfWorkflow.Api.Auth;
using Microsoft.Extensions.Configuration;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>The configuration of <c>bcf serve</c>, later sources winning: appsettings.json (next to bcf, then in the working
/// folder), <c>{data}/bcf.json</c>, <c>{data}/users.json</c>, then environment variables (<c>Auth__Users__0__Key</c>).</summary>
public static class ServeConfiguration
{
    public static IConfigurationRoot Build(string dataDir)
    {
        string data = Path.GetFullPath(dataDir);
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(data, "bcf.json"), optional: true)
            .AddJsonFile(LocalUsersFile.PathIn(data), optional: true)
            .AddEnvironmentVariables()
            .Build();
    }

    /// <summary>Whether any configured user is a lead (without one, nobody could post a plan or open a cycle).</summary>
    public static bool HasLead(IConfiguration configuration) =>
        configuration.GetSection(AuthOptions.Section).GetSection("Users").GetChildren()
            .Any(user => string.Equals(user["Role"], "lead", StringComparison.OrdinalIgnoreCase));
}
