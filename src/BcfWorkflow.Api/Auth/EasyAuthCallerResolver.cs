using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Api.Auth;

/// <summary>Maps the platform's sign-in (App Service authentication, <c>X-MS-CLIENT-PRINCIPAL</c>) to our roles: the app
/// role <c>bcf.lead</c> is the lead; <c>bcf.contributor</c> is a contributor whose contributor id comes from the
/// configured user with the same Entra object id (<c>Auth:Users:N:ObjectId</c>, <c>Role=contributor</c>, <c>Contributor</c>).</summary>
/// <remarks>Only trust this where the platform's authentication is on: the platform then strips any client-sent
/// X-MS-* header. Anywhere else the header is a forgery waiting to happen.</remarks>
public sealed class EasyAuthCallerResolver(IOptions<AuthOptions> options) : ICallerResolver
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    public const string LeadRole = "bcf.lead";
    public const string ContributorRole = "bcf.contributor";
    public const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    private static readonly string[] RoleClaims = ["roles", "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"];
    private static readonly string[] NameClaims = ["name", "preferred_username", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"];

    public Caller? Resolve(HttpRequest request)
    {
        var principal = Decode(request.Headers[PrincipalHeader].ToString());
        if (principal?.Claims is not { Count: > 0 } claims)
        {
            return null;
        }

        var roles = Values(claims, principal.RoleClaimType is { Length: > 0 } roleType ? [roleType, .. RoleClaims] : RoleClaims);
        var objectId = Values(claims, [ObjectIdClaim, "oid"]).FirstOrDefault();
        var configured = objectId is null ? null : options.Value.Users.FirstOrDefault(u =>
            string.Equals(u.ObjectId, objectId, StringComparison.OrdinalIgnoreCase));
        var name = configured?.Name
            ?? Values(claims, principal.NameClaimType is { Length: > 0 } nameType ? [nameType, .. NameClaims] : NameClaims).FirstOrDefault()
            ?? objectId
            ?? "signed-in user";

        if (roles.Contains(LeadRole, StringComparer.OrdinalIgnoreCase))
        {
            return new Caller(name, CallerRole.Lead, null, AreaOf(configured));
        }
        if (roles.Contains(ContributorRole, StringComparer.OrdinalIgnoreCase)
            && configured is not null
            && string.Equals(configured.Role, "contributor", StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(configured.Contributor))
        {
            return new Caller(name, CallerRole.Contributor, configured.Contributor, AreaOf(configured));
        }
        return null; // signed in, but neither role nor a configured contributor: no access
    }

    /// <summary>A configured account may be scoped to one area; an unconfigured lead covers every area.</summary>
    private static string? AreaOf(ApiUserOptions? configured) =>
        string.IsNullOrWhiteSpace(configured?.Area) ? null : configured.Area.Trim();

    private static ClientPrincipal? Decode(string header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<ClientPrincipal>(Encoding.UTF8.GetString(Convert.FromBase64String(header.Trim())));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static List<string> Values(IReadOnlyList<ClientPrincipalClaim> claims, IReadOnlyList<string> types) =>
        [.. claims.Where(c => c.Type is not null && c.Value is not null && types.Contains(c.Type, StringComparer.OrdinalIgnoreCase))
            .Select(c => c.Value)];
}
