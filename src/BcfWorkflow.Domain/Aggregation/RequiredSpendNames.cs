namespace BcfWorkflow.Domain.Aggregation;

/// <summary>The required-spend lines as the template and summary.json name them (fixed by docs/interfaces.md).</summary>
public static class RequiredSpendNames
{
    public const string NhsCommissionedOutOfHospital = "NHS Commissioned Out of Hospital spend from the minimum ICB allocation";
    public const string AdultSocialCare = "Adult Social Care services spend from the minimum ICB allocations";
}
