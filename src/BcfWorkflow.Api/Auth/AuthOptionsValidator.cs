using Microsoft.Extensions.Options;

namespace BcfWorkflow.Api.Auth;

/// <summary>
/// Refuses to start with a contributor key that names no area: a contributor id is unique only within an area's
/// plan, so an unscoped "blaby" key could submit into any area's cycle. Leads may be unscoped (a regional lead).
/// The message says how to fix each one.
/// </summary>
public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var problems = options.Users
            .Where(IsUnscopedContributor)
            .Select(u =>
                $"The contributor key of '{u.Name ?? u.Contributor}' (contributor '{u.Contributor}') names no area: a contributor key must name the area "
                + "it works in. Set its Area (in configuration, Auth__Users__N__Area=Leicestershire; in users.json, \"Area\": \"Leicestershire\"), "
                + $"or make a new key with: bcf keys add --role contributor --contributor {u.Contributor} --area AREA")
            .ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static bool IsUnscopedContributor(ApiUserOptions user) =>
        string.Equals(user.Role, "contributor", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(user.Area);
}
