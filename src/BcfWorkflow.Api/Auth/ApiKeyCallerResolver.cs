using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Api.Auth;

/// <summary>Resolves <c>Authorization: Bearer &lt;key&gt;</c> against the configured users. Keys are kept and compared
/// only as SHA-256 digests, in constant time, and every configured user is compared so timing does not reveal which matched.</summary>
public sealed class ApiKeyCallerResolver : ICallerResolver
{
    private readonly IReadOnlyList<(byte[] Digest, Caller Caller)> users;

    public ApiKeyCallerResolver(IOptions<AuthOptions> options)
    {
        users = options.Value.Users
            .Select(ToEntry)
            .OfType<(byte[], Caller)>()
            .ToList();
    }

    public Caller? Resolve(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            return null;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        Caller? found = null;
        foreach (var (digest, caller) in users)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, presented))
            {
                found ??= caller;
            }
        }
        return found;
    }

    private static (byte[], Caller)? ToEntry(ApiUserOptions user)
    {
        byte[]? digest = !string.IsNullOrEmpty(user.KeySha256) ? Convert.FromHexString(user.KeySha256)
            : !string.IsNullOrEmpty(user.Key) ? SHA256.HashData(Encoding.UTF8.GetBytes(user.Key))
            : null;
        if (digest is null || digest.Length != 32)
        {
            return null;
        }

        if (string.Equals(user.Role, "lead", StringComparison.OrdinalIgnoreCase))
        {
            return (digest, new Caller(user.Name ?? "lead", CallerRole.Lead, null, NullIfBlank(user.Area)));
        }

        if (string.Equals(user.Role, "contributor", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(user.Contributor)
            && !AuthOptionsValidator.IsUnscopedContributor(user))
        {
            return (digest, new Caller(user.Name ?? user.Contributor, CallerRole.Contributor, user.Contributor, NullIfBlank(user.Area)));
        }

        return null; // an unknown role grants nothing
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
