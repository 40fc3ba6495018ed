using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary><c>GET /api/me</c>: lets the sign-in page show who a key belongs to.</summary>
public sealed class MeHandlers(RequestAuth auth)
{
    public IResult GetMe(HttpRequest request)
    {
        var (caller, denied) = auth.Any(request);
        if (denied is not null)
        {
            return denied;
        }
        return Results.Ok(new MeView(caller!.Name, caller.IsLead ? "lead" : "contributor", caller.ContributorId));
    }
}

/// <summary>What <c>GET /api/me</c> returns: the caller's name, role ("lead" or "contributor") and contributor id.</summary>
public sealed record MeView(string Name, string Role, string? Contributor);
