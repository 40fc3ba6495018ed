namespace BcfWorkflow.Security.Tests.Support;

/// <summary>Who calls, relative to blaby's row in the Testshire cycle.</summary>
public enum Role
{
    Lead,
    /// <summary>blaby: the contributor whose row the route names.</summary>
    ContributorInCycle,
    /// <summary>charnwood: a contributor of the same cycle, not the row's owner.</summary>
    OtherContributor,
    /// <summary>A contributor of another area's plan.</summary>
    Outsider,
    Anonymous,
    BadKey,
}
