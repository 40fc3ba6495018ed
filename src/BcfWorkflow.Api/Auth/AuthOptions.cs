namespace BcfWorkflow.Api.Auth;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public List<ApiUserOptions> Users { get; set; } = [];
}
