using BcfWorkflow.Api.Auth;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Functions.Auth;

/// <summary>With the platform's sign-in on: a request the platform authenticated (it carries the client principal) is
/// mapped by <see cref="EasyAuthCallerResolver"/> alone; any other request may still use a configured bearer key.</summary>
public sealed class PlatformOrKeyCallerResolver(EasyAuthCallerResolver platform, ApiKeyCallerResolver keys) : ICallerResolver
{
    public Caller? Resolve(HttpRequest request) =>
        request.Headers.ContainsKey(EasyAuthCallerResolver.PrincipalHeader) ? platform.Resolve(request) : keys.Resolve(request);
}
