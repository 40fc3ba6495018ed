namespace BcfWorkflow.Domain.Model;

/// <summary>The area's minimums under the national conditions, from the plan.</summary>
public sealed record RequiredSpend(decimal NhsCommissionedOutOfHospital, decimal AdultSocialCare);
