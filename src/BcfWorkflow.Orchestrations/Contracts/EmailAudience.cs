namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>Who an email is for, which decides the page its link opens.</summary>
public enum EmailAudience
{
    /// <summary>A contributor: the link opens its return page for the cycle.</summary>
    Contributor,

    /// <summary>The BCF lead: the link opens the area return page for the cycle.</summary>
    Lead,
}
