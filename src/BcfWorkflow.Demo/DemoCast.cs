namespace BcfWorkflow.Demo;

/// <summary>Who plays which part in the demo; everyone else submits on time.</summary>
/// <param name="Late">Submits only after it has been reminded and the lead told it is late.</param>
/// <param name="RejectedFirst">First uploads <paramref name="InvalidSample"/>, is refused with the problems, then uploads its return.</param>
/// <param name="SentBack">Sent back by the lead at sign-off, resubmits a corrected return.</param>
internal sealed record DemoCast(string Late, string RejectedFirst, string InvalidSample, string SentBack)
{
    public static DemoCast Leicestershire { get; } = new("melton", "llr-icb", "unparseable-amount.csv", "hinckley-bosworth");

    public const string SendBackReason = "Please explain the spend profile in the Comments column before we sign off.";
    public const string CorrectedComment = "Revised at the lead's request: spend is on profile; adaptations back-loaded to Q3-Q4.";
}
