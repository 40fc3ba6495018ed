namespace BcfWorkflow.Api.Auth;

/// <summary>One configured API user: <c>Auth:Users:N:Key</c> (or <c>KeySha256</c>), <c>Role</c>, <c>Contributor</c>, <c>Name</c>, <c>Area</c>;
/// on Azure <c>ObjectId</c> (the Entra object id of a signed-in account) instead of a key.</summary>
public sealed class ApiUserOptions
{
    public string? Key { get; set; }
    public string? KeySha256 { get; set; }
    public string Role { get; set; } = "";
    public string? Contributor { get; set; }
    public string? Name { get; set; }
    public string? ObjectId { get; set; }

    /// <summary>The area this user works in (e.g. "Leicestershire"); unset means every area.</summary>
    public string? Area { get; set; }
}
