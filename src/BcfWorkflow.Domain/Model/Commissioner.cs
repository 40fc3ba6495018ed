namespace BcfWorkflow.Domain.Model;

/// <summary>Who commissions a scheme, as the template's "Commissioner" column spells it.</summary>
public enum Commissioner
{
    LA,
    NHS,
    Joint,
}
