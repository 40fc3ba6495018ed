using System.Text.Json.Serialization;

namespace BcfWorkflow.Api.Auth;

/// <summary>The body of App Service authentication's <c>X-MS-CLIENT-PRINCIPAL</c> header (base64 JSON).</summary>
public sealed record ClientPrincipal(
    [property: JsonPropertyName("auth_typ")] string? AuthenticationType,
    [property: JsonPropertyName("name_typ")] string? NameClaimType,
    [property: JsonPropertyName("role_typ")] string? RoleClaimType,
    [property: JsonPropertyName("claims")] IReadOnlyList<ClientPrincipalClaim>? Claims);
