using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Emails;

/// <summary>Composes the workflow's emails as data (<see cref="EmailDraft"/>) from what the orchestrators hold. Pure,
/// so orchestrators call it on replay; the words are written by <see cref="EmailWriter"/> in the SendEmail activity.</summary>
public static class CycleEmails
{
    public static string MessageId(string instanceId, string purpose, int n) => $"{instanceId}/{purpose}/{n}";

    public static EmailDraft Request(string instanceId, ContributorInput input, DateTimeOffset due, DateTimeOffset now) =>
        ToContributor(instanceId, input, EmailPurposes.Request, 1, now) with { Due = due, About = input.Contributor };

    public static EmailDraft Reminder(string instanceId, ContributorInput input, DateTimeOffset due, int n, DateTimeOffset now) =>
        ToContributor(instanceId, input, EmailPurposes.Reminder, n, now) with { Due = due };

    public static EmailDraft Escalation(string instanceId, ContributorInput input, DateTimeOffset due, int n, int remindersSent, DateTimeOffset now) =>
        new(MessageId(instanceId, EmailPurposes.Escalation, n), EmailPurposes.Escalation, input.CycleId, input.LeadEmail, input.LeadName,
            EmailAudience.Lead, CycleOf(input), now, due, About: input.Contributor with { Schemes = [] }, RemindersSent: remindersSent);

    public static EmailDraft SentBack(string instanceId, ContributorInput input, string reason, DateTimeOffset due, int n, DateTimeOffset now) =>
        ToContributor(instanceId, input, EmailPurposes.SentBack, n, now) with { Due = due, Reason = reason };

    /// <param name="contributors">The contributors' statuses, in roster order.</param>
    public static EmailDraft SignOffRequest(
        CycleInput input, CycleRoster roster, AggregationOutcome outcome, IReadOnlyList<ContributorStatus> contributors, int round, DateTimeOffset now)
    {
        var names = roster.Contributors.ToDictionary(c => c.Id, c => c.Name, StringComparer.OrdinalIgnoreCase);
        var digest = new SignOffDigest(
            round,
            [.. contributors.Select(c => new ReturnProgress(names.GetValueOrDefault(c.Id, c.Id), c.State))],
            outcome.RunningBalances,
            outcome.Warnings,
            outcome.LeftOut ?? []);
        return ToLead(input, roster, EmailPurposes.SignOffRequest, round, now) with { SignOff = digest };
    }

    public static EmailDraft SignOffReminder(CycleInput input, CycleRoster roster, int n, DateTimeOffset now) =>
        ToLead(input, roster, EmailPurposes.SignOffReminder, n, now);

    /// <summary>The approval, to a contributor (<paramref name="audience"/> Contributor) or to the lead.</summary>
    /// <param name="workbookFilled">NHS England's workbook was attached, so it is among the lead's downloads filled in.</param>
    public static EmailDraft Final(
        CycleInput input, CycleRoster roster, string to, string? toName, EmailAudience audience, int n, string approvedBy, DateTimeOffset now,
        bool returnMissing = false, bool workbookFilled = false) =>
        new(MessageId(input.CycleId, EmailPurposes.Final, n), EmailPurposes.Final, input.CycleId, to, toName, audience,
            CycleOf(input, roster), now, audience == EmailAudience.Lead ? input.Schedule.SubmissionDue : null, ApprovedBy: approvedBy,
            ReturnMissing: returnMissing, WorkbookFilled: audience == EmailAudience.Lead && workbookFilled);

    private static EmailDraft ToContributor(string instanceId, ContributorInput input, string purpose, int n, DateTimeOffset now) =>
        new(MessageId(instanceId, purpose, n), purpose, input.CycleId, input.Contributor.Email, input.Contributor.Name,
            EmailAudience.Contributor, CycleOf(input), now);

    /// <summary>To the lead, about the national submission date.</summary>
    private static EmailDraft ToLead(CycleInput input, CycleRoster roster, string purpose, int n, DateTimeOffset now) =>
        new(MessageId(input.CycleId, purpose, n), purpose, input.CycleId, roster.LeadEmail, roster.LeadName,
            EmailAudience.Lead, CycleOf(input, roster), now, input.Schedule.SubmissionDue);

    private static EmailCycle CycleOf(ContributorInput input) => new(input.Area, input.Year, input.Quarter, input.LeadName, input.LeadEmail);

    private static EmailCycle CycleOf(CycleInput input, CycleRoster roster) => new(input.Area, input.Year, input.Quarter, roster.LeadName, roster.LeadEmail);
}
