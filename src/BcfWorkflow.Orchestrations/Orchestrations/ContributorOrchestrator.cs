using BcfWorkflow.Orchestrations.Activities;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Emails;
using BcfWorkflow.Orchestrations.Events;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.Orchestrations.Orchestrations;

/// <summary>One contributor's part of a cycle (instance <c>{cycleId}-{contributorId}</c>, child of the cycle).</summary>
/// <remarks>Asks for the return, then loops: wait for <see cref="ReturnSubmitted"/>, <see cref="ContributorSentBack"/> or
/// <see cref="CycleFinalized"/>, racing a durable timer for the next deadline while nothing is submitted (a reminder at
/// due + each offset, "late" at the due date, the lead told at due + grace, once per due date). The timer that loses is
/// cancelled. Every status change is set as custom status and sent to the cycle as <see cref="ContributorUpdated"/>,
/// except the initial status, which the cycle takes from the roster. Resubmissions are accepted until
/// <see cref="CycleFinalized"/>.</remarks>
public sealed class ContributorOrchestrator : TaskOrchestrator<ContributorInput, ContributorResult>
{
    /// <summary>A contributor's part takes a few dozen steps (reminders, submissions, send-backs); the cap keeps the
    /// history bounded if something loops.</summary>
    private const int MaxSteps = 500;

    /// <summary>A second "Remind now" this soon after a reminder is not sent (a double click, two tabs).</summary>
    public static readonly TimeSpan ReminderRequestGap = TimeSpan.FromMinutes(1);

    public override async Task<ContributorResult> RunAsync(TaskOrchestrationContext context, ContributorInput input)
    {
        var logger = context.CreateReplaySafeLogger<ContributorOrchestrator>();
        var inbox = new EventInbox(context);
        var id = context.InstanceId;
        var schedule = input.Schedule;
        var due = schedule.ContributorsDue;
        var status = ContributorStatus.Initial(input.Contributor.Id, due);
        ReturnRef? latest = null;
        var deadlines = ContributorDeadlines.For(schedule, due, Now(context));
        var escalations = 0;
        var sentBacks = 0;
        var sequence = 0;

        context.SetCustomStatus(status);
        if (input.OrchestrationVersion < CycleInput.QuietStartVersion)
        {
            // Version 1 told the cycle the initial status, which it has from the roster: a message and a cycle episode
            // per contributor for nothing. Kept for instances started by version 1, whose history holds the event.
            SendUpdate(context, input, status, latest, ref sequence);
        }
        status = await SendEmailAsync(context, CycleEmails.Request(id, input, due, Now(context)), status);
        if (status.EmailProblem is not null)
        {
            Publish(context, input, status, latest, ref sequence); // the lead sees at once who was not asked
        }

        for (var step = 0; step < MaxSteps; step++)
        {
            var deadline = deadlines.Next(status);
            using var timerCancel = new CancellationTokenSource();
            var timer = deadline is { } at ? context.CreateTimer(at.UtcDateTime, timerCancel.Token) : null;

            var submitted = inbox.Wait<ReturnSubmitted>(EventNames.ReturnSubmitted);
            var sentBack = inbox.Wait<ContributorSentBack>(EventNames.ContributorSentBack);
            var finalized = inbox.Wait<CycleFinalized>(EventNames.CycleFinalized);
            var waits = new List<Task> { submitted, sentBack, finalized };
            var remind = input.OrchestrationVersion >= CycleInput.RemindNowVersion ? inbox.Wait<ReminderRequested>(EventNames.ReminderRequested) : null;
            if (remind is not null)
            {
                waits.Add(remind);
            }
            if (timer is not null)
            {
                waits.Add(timer);
            }
            var winner = await Task.WhenAny(waits);
            if (winner != timer)
            {
                timerCancel.Cancel();
            }

            if (winner == finalized)
            {
                inbox.Take<CycleFinalized>(EventNames.CycleFinalized);
                context.SetCustomStatus(status);
                return new ContributorResult(status);
            }
            if (winner == submitted)
            {
                var e = inbox.Take<ReturnSubmitted>(EventNames.ReturnSubmitted);
                if (e.Return.Version <= (status.LatestVersion ?? 0))
                {
                    continue; // the same version raised twice (an idempotent re-upload, a retried request, the reconciler)
                }
                latest = e.Return;
                status = status.SubmittedAs(e.Return.Version);
                logger.LogInformation("{Contributor} submitted version {Version}", input.Contributor.Id, e.Return.Version);
                Publish(context, input, status, latest, ref sequence);
            }
            else if (winner == remind)
            {
                var e = inbox.Take<ReminderRequested>(EventNames.ReminderRequested);
                var now = Now(context);
                if (status.State == ContributorStates.Submitted || now - status.LastReminderAt < ReminderRequestGap)
                {
                    logger.LogInformation("{Contributor}: reminder asked by {Lead} not sent (state {State})", input.Contributor.Id, e.RequestedBy, status.State);
                    continue;
                }
                status = status with { RemindersSent = status.RemindersSent + 1, LastReminderAt = now };
                status = await SendEmailAsync(context, CycleEmails.Reminder(id, input, due, status.RemindersSent, now), status);
                Publish(context, input, status, latest, ref sequence);
            }
            else if (winner == sentBack)
            {
                var e = inbox.Take<ContributorSentBack>(EventNames.ContributorSentBack);
                due = e.NewDue;
                deadlines = ContributorDeadlines.For(schedule, due, Now(context));
                status = status.SentBack(e.Reason, due, Now(context)) with { Escalated = false };
                status = await SendEmailAsync(context, CycleEmails.SentBack(id, input, e.Reason, due, ++sentBacks, Now(context)), status);
                Publish(context, input, status, latest, ref sequence);
            }
            else
            {
                if (input.OrchestrationVersion >= CycleInput.StoreCheckVersion
                    && await UnappliedReturnAsync(context, input, status) is { } stored)
                {
                    // Stored (its 202 sent) but its event is late or lost: it counts, and no reminder or late mark follows.
                    latest = stored.Ref;
                    status = status.SubmittedAs(stored.Ref.Version);
                    logger.LogInformation("{Contributor} version {Version} found in the store before a deadline", input.Contributor.Id, stored.Ref.Version);
                    Publish(context, input, status, latest, ref sequence);
                    continue;
                }
                var now = Now(context);
                (var actions, deadlines) = deadlines.At(status, now);
                if (actions.MarkLate)
                {
                    status = status with { State = ContributorStates.Late };
                }
                if (actions.Remind)
                {
                    status = status with { RemindersSent = status.RemindersSent + 1, LastReminderAt = now };
                    status = await SendEmailAsync(context, CycleEmails.Reminder(id, input, due, status.RemindersSent, now), status);
                }
                if (actions.Escalate)
                {
                    status = status with { Escalated = true };
                    status = await SendEmailAsync(context, CycleEmails.Escalation(id, input, due, ++escalations, status.RemindersSent, now), status);
                }
                Publish(context, input, status, latest, ref sequence);
            }
        }
        throw new InvalidOperationException($"{id} took more than {MaxSteps} steps without the cycle being finalised.");
    }

    private static DateTimeOffset Now(TaskOrchestrationContext context) => new(context.CurrentUtcDateTime, TimeSpan.Zero);

    /// <summary>The newest stored version when it is newer than the one applied, else null.</summary>
    private static async Task<StoredReturn?> UnappliedReturnAsync(TaskOrchestrationContext context, ContributorInput input, ContributorStatus status)
    {
        var query = new UnappliedReturnsQuery(input.CycleId, new Dictionary<string, int> { [input.Contributor.Id] = status.LatestVersion ?? 0 });
        var found = await context.CallActivityAsync<List<StoredReturn>>(nameof(FindUnappliedReturns), query, ActivityRetry.Options);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>Sends an email; when the provider still fails after the retries, the contributor's part goes on (a failed
    /// email must not stop uploads being applied) and the status says which email did not go.</summary>
    private static async Task<ContributorStatus> SendEmailAsync(TaskOrchestrationContext context, EmailDraft message, ContributorStatus status)
    {
        try
        {
            await context.CallActivityAsync<bool>(nameof(SendEmail), message, ActivityRetry.Options);
            return status;
        }
        catch (TaskFailedException failure)
        {
            context.CreateReplaySafeLogger<ContributorOrchestrator>().LogError("Email {MessageId} to {To} failed: {Error}",
                message.MessageId, message.To, failure.FailureDetails.ErrorMessage);
            return status with { EmailProblem = $"The {EmailPurposes.Describe(message.Purpose)} email to {message.To} could not be sent." };
        }
    }

    private static void Publish(TaskOrchestrationContext context, ContributorInput input, ContributorStatus status, ReturnRef? latest, ref int sequence)
    {
        context.SetCustomStatus(status);
        SendUpdate(context, input, status, latest, ref sequence);
    }

    private static void SendUpdate(TaskOrchestrationContext context, ContributorInput input, ContributorStatus status, ReturnRef? latest, ref int sequence) =>
        context.SendEvent(input.CycleId, EventNames.ContributorUpdated, new ContributorUpdated(input.Contributor.Id, status, latest, ++sequence));
}
