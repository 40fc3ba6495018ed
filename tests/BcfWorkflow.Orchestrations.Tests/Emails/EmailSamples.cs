using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Emails;
using BcfWorkflow.Orchestrations.Tests.Support;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Orchestrations.Tests.Emails;

/// <summary>One draft of every email kind, at fixed times (October is British Summer Time, December is GMT), for the
/// golden files and the checks on what people read. Contributor ids here ("c-blaby") differ from anything in the
/// names or addresses, so a test can tell an id leaking into the text.</summary>
public static class EmailSamples
{
    public const string CycleId = "testshire-2024-25-q2";
    public const string BlabyId = "c-blaby";
    public const string CountyId = "c-county";

    public static EmailLinks Links => TestLinks.Links;

    /// <summary>Friday 18 October 2024, 5pm BST.</summary>
    public static readonly DateTimeOffset DueInSummer = new(2024, 10, 18, 16, 0, 0, TimeSpan.Zero);

    /// <summary>Friday 13 December 2024, 5pm GMT.</summary>
    public static readonly DateTimeOffset DueInWinter = new(2024, 12, 13, 17, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Opened = new(2024, 10, 1, 8, 30, 0, TimeSpan.Zero);

    public static RosterContributor Blaby(string name = "Blaby District Council") => new(BlabyId, name, "dfg@blaby.example.gov.uk",
    [
        new PlannedScheme("39", "Integrated Blaby Planning", "DFG", 603_345m, 85m, "Number of adaptations funded/people supported"),
        new PlannedScheme("41", "Hoarding Project", "DFG", 15_000.5m, null, ""),
    ]);

    public static ContributorInput ContributorInput(RosterContributor? contributor = null, string leadName = "Sam Patel") =>
        new(CycleId, TestPlan.Area, TestPlan.Year, "Q2", contributor ?? Blaby(), leadName, TestPlan.LeadEmail,
            CycleSchedule.From(DueInSummer, DueInSummer.AddDays(14), CycleHarness.Seconds([-3 * 86400, 0, 2 * 86400])));

    public static CycleInput CycleInput(DateTimeOffset? submissionDue = null) =>
        new(TestPlan.Area, TestPlan.Year, "Q2", CycleId, new PlanRef(TestPlan.Area, TestPlan.Year),
            CycleSchedule.From(DueInSummer, submissionDue ?? new DateTimeOffset(2024, 11, 1, 12, 0, 0, TimeSpan.Zero), CycleHarness.Seconds([0])));

    public static CycleRoster Roster(string leadName = "Sam Patel") => new(leadName, TestPlan.LeadEmail,
    [
        Blaby(),
        new RosterContributor("c-charnwood", "Charnwood Borough Council", "dfg@charnwood.example.gov.uk", []),
        new RosterContributor(CountyId, "Testshire County Council", "bcf@county.example.gov.uk", []),
    ]);

    public static AggregationOutcome Outcome() => new(
        [
            new BalanceLine("DFG", 4_850_818m, 2_032_308m, 0.419m, 2_818_510m),
            new BalanceLine("iBCF", 17_690_614m, 8_000_000.25m, 0.4522m, 9_690_613.75m),
            new BalanceLine("Additional LA Contribution", 0m, 0m, null, 0m),
            new BalanceLine("Total", 22_541_432m, 10_032_308.25m, 0.4451m, 12_509_123.75m),
        ],
        ["Testshire County Council has not returned its rows: scheme 50 is blank.", "'Outputs delivered to date' is blank for scheme 41."],
        [CountyId]);

    public static IReadOnlyList<ContributorStatus> Statuses() =>
    [
        new(BlabyId, ContributorStates.Submitted, 2, 2, 0, null),
        new("c-charnwood", ContributorStates.Submitted, 1, 1, 1, null),
        new(CountyId, ContributorStates.Late, 0, null, 3, null),
    ];

    /// <summary>Every kind, by the golden file's name.</summary>
    public static IReadOnlyDictionary<string, EmailDraft> All { get; } = new Dictionary<string, EmailDraft>
    {
        ["request"] = CycleEmails.Request(Instance, ContributorInput(), DueInSummer, Opened),
        ["reminder"] = CycleEmails.Reminder(Instance, ContributorInput(), DueInSummer, 1, DueInSummer.AddDays(-3)),
        ["reminder-overdue"] = CycleEmails.Reminder(Instance, ContributorInput(), DueInSummer, 3, DueInSummer.AddDays(2)),
        ["escalation"] = CycleEmails.Escalation(Instance, ContributorInput(), DueInSummer, 1, 3, DueInSummer.AddDays(5)),
        ["sent-back"] = CycleEmails.SentBack(Instance, ContributorInput(), "Spend to date for scheme 39 is below last quarter's.\nPlease add a comment or correct it.", DueInWinter, 1, DueInWinter.AddDays(-3)),
        ["sign-off"] = CycleEmails.SignOffRequest(CycleInput(), Roster(), Outcome(), Statuses(), 1, DueInSummer.AddDays(1)),
        ["sign-off-round-2"] = CycleEmails.SignOffRequest(CycleInput(), Roster(), Outcome() with { Warnings = [], LeftOut = ["Blaby District Council's latest return no longer matches the plan, so it is left out of the figures: Scheme 40 is not in the plan."] }, Statuses(), 2, DueInSummer.AddDays(2)),
        ["sign-off-reminder"] = CycleEmails.SignOffReminder(CycleInput(), Roster(), 1, new DateTimeOffset(2024, 11, 1, 12, 0, 0, TimeSpan.Zero)),
        ["final-contributor"] = CycleEmails.Final(CycleInput(), Roster(), "dfg@blaby.example.gov.uk", "Blaby District Council", EmailAudience.Contributor, 1, "Sam Patel", new DateTimeOffset(2024, 10, 28, 14, 15, 0, TimeSpan.Zero)),
        ["final-contributor-missing"] = CycleEmails.Final(CycleInput(), Roster(), "dfg@blaby.example.gov.uk", "Blaby District Council", EmailAudience.Contributor, 1, "Sam Patel", new DateTimeOffset(2024, 10, 28, 14, 15, 0, TimeSpan.Zero), returnMissing: true),
        ["final-lead"] = CycleEmails.Final(CycleInput(), Roster(), TestPlan.LeadEmail, "Sam Patel", EmailAudience.Lead, 4, "Sam Patel", new DateTimeOffset(2024, 10, 28, 14, 15, 0, TimeSpan.Zero)),
        ["final-lead-workbook"] = CycleEmails.Final(CycleInput(), Roster(), TestPlan.LeadEmail, "Sam Patel", EmailAudience.Lead, 4, "Sam Patel", new DateTimeOffset(2024, 10, 28, 14, 15, 0, TimeSpan.Zero), workbookFilled: true),
    };

    /// <summary>The contributor's instance id, as the workflow names it.</summary>
    public static string Instance => CycleIds.Contributor(CycleId, BlabyId);
}
