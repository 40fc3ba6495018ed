using System.Globalization;
using System.Text;
using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Emails;

/// <summary>Composes the workflow's emails. Pure and culture-invariant, so orchestrators can call it on replay.</summary>
public static class CycleEmails
{
    private static readonly CultureInfo Gb = CultureInfo.InvariantCulture;

    public static string MessageId(string instanceId, string purpose, int n) => $"{instanceId}/{purpose}/{n}";

    public static EmailMessage Request(string instanceId, ContributorInput input, DateTimeOffset due)
    {
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Dear {input.Contributor.Name},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Please send your Better Care Fund return for {input.Area} {input.Year} {input.Quarter} by {When(due)}.")
            .AppendLine("Your schemes, with the figures planned for the year:")
            .AppendJoin(Environment.NewLine, input.Contributor.Schemes.Select(s =>
                $"  {s.Id} {s.Name} ({s.SourceOfFunding}): planned expenditure {Pounds(s.PlannedExpenditure)}, planned outputs {Outputs(s)}"))
            .AppendLine()
            .AppendLine()
            .AppendLine("Upload " + Domain.Returns.ReturnFileFormat.Accepted + " with the columns 'Scheme ID', 'Expenditure to date (£)', 'Outputs delivered to date' and 'Comments',")
            .AppendLine(CultureInfo.InvariantCulture, $"one row per scheme, to PUT /api/cycles/{input.CycleId}/returns/{input.Contributor.Id}. You may resubmit until sign-off.");
        return new(MessageId(instanceId, EmailPurposes.Request, 1), input.Contributor.Email,
            $"BCF {input.Quarter} {input.Year} return for {input.Area}: due {When(due)}", body.ToString(),
            EmailPurposes.Request, input.Contributor.Name, input.CycleId);
    }

    public static EmailMessage Reminder(string instanceId, ContributorInput input, DateTimeOffset due, int n) =>
        new(MessageId(instanceId, EmailPurposes.Reminder, n), input.Contributor.Email,
            $"Reminder: BCF {input.Quarter} {input.Year} return due {When(due)}",
            $"Dear {input.Contributor.Name},\n\nWe have not yet received your BCF return for {input.Area} {input.Year} {input.Quarter}, due {When(due)}.\n" +
            $"Please upload it to PUT /api/cycles/{input.CycleId}/returns/{input.Contributor.Id}.\n",
            EmailPurposes.Reminder, input.Contributor.Name, input.CycleId);

    public static EmailMessage Escalation(string instanceId, ContributorInput input, DateTimeOffset due, int n) =>
        new(MessageId(instanceId, EmailPurposes.Escalation, n), input.LeadEmail,
            $"{input.Contributor.Name} is late with its BCF {input.Quarter} return",
            $"{input.Contributor.Name} ({input.Contributor.Id}) has not submitted its return for {input.Area} {input.Year} {input.Quarter}, due {When(due)}.\n",
            EmailPurposes.Escalation, input.LeadName, input.CycleId);

    public static EmailMessage SentBack(string instanceId, ContributorInput input, string reason, DateTimeOffset due, int n) =>
        new(MessageId(instanceId, EmailPurposes.SentBack, n), input.Contributor.Email,
            $"BCF {input.Quarter} {input.Year} return sent back: please resubmit by {When(due)}",
            $"Dear {input.Contributor.Name},\n\nThe BCF lead has sent your return back:\n\n  {reason}\n\n" +
            $"Please upload a corrected return by {When(due)} to PUT /api/cycles/{input.CycleId}/returns/{input.Contributor.Id}.\n",
            EmailPurposes.SentBack, input.Contributor.Name, input.CycleId);

    public static EmailMessage SignOffRequest(CycleInput input, CycleRoster roster, AggregationOutcome outcome, IReadOnlyList<ContributorStatus> contributors, int round) =>
        new(MessageId(input.CycleId, EmailPurposes.SignOffRequest, round), roster.LeadEmail,
            $"BCF {input.Quarter} {input.Year} return for {input.Area} ready for sign-off (round {round})",
            Summary(input, outcome, contributors, round), EmailPurposes.SignOffRequest, roster.LeadName, input.CycleId);

    public static EmailMessage SignOffReminder(CycleInput input, CycleRoster roster, int round, int n) =>
        new(MessageId(input.CycleId, EmailPurposes.SignOffReminder, n), roster.LeadEmail,
            $"Reminder: BCF {input.Quarter} {input.Year} return for {input.Area} awaits your sign-off",
            $"The area return (sign-off round {round}) is waiting for your decision: POST /api/cycles/{input.CycleId}/decision.\n",
            EmailPurposes.SignOffReminder, roster.LeadName, input.CycleId);

    public static EmailMessage Final(CycleInput input, string to, string? toName, int n, int templateVersion) =>
        new(MessageId(input.CycleId, EmailPurposes.Final, n), to,
            $"BCF {input.Quarter} {input.Year} return for {input.Area} is final",
            $"The BCF return for {input.Area} {input.Year} {input.Quarter} has been approved. " +
            $"The final template (version {templateVersion}) is at GET /api/cycles/{input.CycleId}/template.xlsx.\n",
            EmailPurposes.Final, toName, input.CycleId);

    private static string Summary(CycleInput input, AggregationOutcome outcome, IReadOnlyList<ContributorStatus> contributors, int round)
    {
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Area return for {input.Area} {input.Year} {input.Quarter}, sign-off round {round}.")
            .AppendLine()
            .AppendLine("Running balances (income / expenditure to date / balance):");
        foreach (var b in outcome.RunningBalances)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"  {b.Source}: {Pounds(b.Income)} / {Pounds(b.ExpenditureToDate)} / {Pounds(b.Balance)}");
        }
        body.AppendLine().AppendLine("Contributors:");
        foreach (var c in contributors)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"  {c.Id}: {c.State}, version {c.LatestVersion?.ToString(Gb) ?? "none"}");
        }
        body.AppendLine().AppendLine(outcome.Warnings.Count == 0 ? "No warnings." : "Warnings that need comments:");
        foreach (var w in outcome.Warnings)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"  {w}");
        }
        return body.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Approve or send back named contributors: POST /api/cycles/{input.CycleId}/decision (round {round}).")
            .ToString();
    }

    private static string When(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'", Gb);

    private static string Pounds(decimal amount) => amount.ToString("£#,##0", Gb);

    private static string Outputs(PlannedScheme s) =>
        s.PlannedOutputs is { } n ? $"{n.ToString("0.##", Gb)} {s.Units}".Trim() : "NA";
}
