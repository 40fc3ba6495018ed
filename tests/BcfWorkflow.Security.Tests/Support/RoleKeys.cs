namespace BcfWorkflow.Security.Tests.Support;

public static class RoleKeys
{
    public static string? For(Role role) => role switch
    {
        Role.Lead => Keys.Lead,
        Role.ContributorInCycle => Keys.Blaby,
        Role.OtherContributor => Keys.Charnwood,
        Role.Outsider => Keys.Outsider,
        Role.BadKey => Keys.Bad,
        _ => null,
    };
}
