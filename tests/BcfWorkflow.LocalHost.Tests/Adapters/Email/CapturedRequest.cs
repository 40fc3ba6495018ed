namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

public sealed record CapturedRequest(string Method, string Path, string? Authorization, string Body);
