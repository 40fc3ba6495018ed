namespace BcfWorkflow.Api.Endpoints;

/// <summary>What <c>GET /api/me</c> returns: the caller's name, role ("lead" or "contributor") and contributor id.</summary>
public sealed record MeView(string Name, string Role, string? Contributor);
