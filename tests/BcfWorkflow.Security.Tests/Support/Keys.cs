using System.Net.Http.Headers;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Security.Tests.Support;

/// <summary>The API keys of the test stack and who holds them.</summary>
public static class Keys
{
    public const string Lead = "lead-key-7b0f2d9c";
    public const string Blaby = "blaby-key-4c1e88a0";
    public const string Charnwood = "charnwood-key-91d2f3b7";
    public const string County = "county-key-0aa51c6e";
    public const string Outsider = "outsider-key-5f3e20d1";
    public const string Bad = "not-a-key-at-all";

    /// <summary>Auth:Users:N:* for every key (the outsider contributes to another area's plan). Contributor keys are
    /// scoped to their area; the lead's is not (a lead for every area).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> AsConfiguration()
    {
        (string Key, string Role, string? Contributor, string? Area)[] users =
        [
            (Lead, "lead", null, null), (Blaby, "contributor", "blaby", TestPlan.Area), (Charnwood, "contributor", "charnwood", TestPlan.Area),
            (County, "contributor", "county", TestPlan.Area), (Outsider, "contributor", Areas.Outsider, Areas.Otherton),
        ];
        for (var i = 0; i < users.Length; i++)
        {
            yield return new($"Auth:Users:{i}:Key", users[i].Key);
            yield return new($"Auth:Users:{i}:Role", users[i].Role);
            yield return new($"Auth:Users:{i}:Name", users[i].Contributor ?? "BCF Lead");
            if (users[i].Contributor is { } contributor)
            {
                yield return new($"Auth:Users:{i}:Contributor", contributor);
            }
            if (users[i].Area is { } area)
            {
                yield return new($"Auth:Users:{i}:Area", area);
            }
        }
    }

    public static AuthenticationHeaderValue? Header(string? key) => key is null ? null : new AuthenticationHeaderValue("Bearer", key);
}
