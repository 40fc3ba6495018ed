using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Auth;

/// <summary>Finds the caller of a request: bearer keys locally, the platform's sign-in on Azure.</summary>
public interface ICallerResolver
{
    /// <returns>The caller, or null when the request carries no valid credential (401).</returns>
    Caller? Resolve(HttpRequest request);
}
