namespace BcfWorkflow.Security.Tests.Access;

/// <summary>One route of ApiRoutes/WebApiRoutes with a concrete path, and the status each role must get.</summary>
/// <param name="Expected">Lead, contributor in cycle, other contributor, outsider, anonymous, bad key.</param>
public sealed record RouteCase(string Name, string Method, string Path, int[] Expected);
