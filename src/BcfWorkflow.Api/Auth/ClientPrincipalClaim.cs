using System.Text.Json.Serialization;

namespace BcfWorkflow.Api.Auth;

public sealed record ClientPrincipalClaim(
    [property: JsonPropertyName("typ")] string Type,
    [property: JsonPropertyName("val")] string Value);
