namespace BcfWorkflow.Api.Auth;

public enum CallerRole
{
    Contributor,
    Lead,
}
