using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BcfWorkflow.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcfWorkflow.Web.Tests;

/// <summary>The lead's parts of the template on the sign-off page: the answers form, NHS England's workbook, and an
/// approval that says what the template still misses.</summary>
[Collection(WebCollection.Name)]
public sealed class LeadPageAnswersTests(WebStack stack)
{
    private static readonly string[] Metrics = ["Avoidable admissions", "Falls", "Discharge to normal place of residence", "Residential Admissions"];

    static LeadPageAnswersTests() => SetDefaultExpectTimeout(30_000);

    [Fact]
    public async Task LeadPage_CompleteTheTemplate_ErrorsLinkToTheirFieldsAnswersSurviveAReloadAndApprovalNeedsNoTick()
    {
        var area = new TestArea("Answershire", ["blaby"]);
        await stack.SeedAsync(area, TimeSpan.FromDays(10));
        await stack.SubmitAsync(area, "blaby", TestArea.ReturnCsv("blaby", 346085m, 40, "On plan"));
        await stack.WaitForStageAsync(area, "awaitingSignOff");
        var page = await stack.NewPageAsync(Keys.Lead);
        var decisions = new RequestCounter(page, "/decision");
        await page.GotoAsync($"/lead?cycle={area.CycleId}");

        // Nothing saved yet: the plan's suggestions in the form, said to be suggestions, every part of the lead's still to do.
        await Expect(page.Locator("#answers-form")).ToBeVisibleAsync();
        await Expect(page.Locator("#template-heading")).ToHaveTextAsync("Complete the template");
        await Expect(page.Locator("#answers-saved-by")).ToHaveTextAsync(
            "Not saved yet. The answers already filled in below are suggestions from the plan: they count as done once you save them.");
        await Expect(page.Locator("#answers-cover-healthAndWellbeingBoard")).ToHaveValueAsync("Answershire");
        await Expect(page.Locator("#answers-cover-email")).ToHaveValueAsync("bcf.lead@example.gov.uk");
        await Expect(page.Locator("#task-cover-status")).ToHaveTextAsync("5 to do");
        await Expect(page.Locator("#task-conditions-status")).ToHaveTextAsync("4 to do");
        await Expect(page.Locator("#task-metrics-status")).ToHaveTextAsync("12 to do");
        await Expect(page.Locator("#task-expenditure-status")).ToHaveTextAsync("Completed");
        await Expect(page.Locator("#workbook-attached")).ToHaveTextAsync("No workbook attached yet.");

        // Signed off: No asks when it is expected instead of who signed it.
        await page.Locator("#answers-cover-phone").FillAsync("0116 305 0000 ext 2");
        await page.Locator("#answers-cover-email").FillAsync("jo.bloggs leicestershire.gov.uk");
        await Expect(page.Locator("#answers-cover-expectedSignOffOn-day")).ToBeHiddenAsync();
        await page.Locator("#answers-cover-signedOff-no").CheckAsync();
        await Expect(page.Locator("#answers-cover-expectedSignOffOn-day")).ToBeVisibleAsync();
        await Expect(page.Locator("#answers-cover-signedOffBy")).ToBeHiddenAsync();
        await page.Locator("#answers-cover-expectedSignOffOn-day").FillAsync("27");
        await page.Locator("#answers-cover-expectedSignOffOn-month").FillAsync("3");
        await page.Locator("#answers-cover-expectedSignOffOn-year").FillAsync("2025");
        foreach (var number in new[] { 1, 3, 4 })
        {
            await page.Locator($"#answers-nationalConditions-{number}-met").CheckAsync();
        }
        await page.Locator("#answers-nationalConditions-2-met-no").CheckAsync();
        for (var i = 1; i <= Metrics.Length; i++)
        {
            await page.Locator($"#answers-metrics-{i}-assessment").CheckAsync();
            await page.GetByLabel($"Challenges and any support needs for {Metrics[i - 1]}").FillAsync($"Winter pressure on {Metrics[i - 1]}.");
            await page.GetByLabel($"Achievements for {Metrics[i - 1]}", new() { Exact = true }).FillAsync($"Better than planned on {Metrics[i - 1]}.");
        }

        // One save shows every problem together, in the form's order and in the service's words: the email address and
        // phone number the service would refuse, and a No without its explanation. Each links to its field.
        var saves = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "PUT" && request.Url.EndsWith("/lead-answers", StringComparison.Ordinal))
            {
                saves.Add(request.Url);
            }
        };
        await page.GetByRole(AriaRole.Button, new() { Name = "Save answers" }).ClickAsync();
        var summary = page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.Locator("li")).ToHaveTextAsync([
            "Enter an email address in the correct format, like name@example.gov.uk.",
            "Enter a telephone number using only numbers, spaces, brackets, hyphens and +, like 0116 305 0000.",
            "Explain why national condition 2 was not met",
        ]);
        Assert.Empty(saves);
        await Expect(page.Locator("#answers-cover-email-error")).ToContainTextAsync("Enter an email address in the correct format");
        await Expect(page.Locator("#answers-cover-phone-error")).ToContainTextAsync("Enter a telephone number using only numbers");
        await Expect(page.Locator("#answers-nationalConditions-2-explanation-error")).ToContainTextAsync("Explain why national condition 2 was not met");
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "lead-answers-errors");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter an email address in the correct format, like name@example.gov.uk." }).ClickAsync();
        await Expect(page.Locator("#answers-cover-email")).ToBeFocusedAsync();
        await page.Locator("#answers-cover-email").FillAsync("bcf.lead@answershire.example.gov.uk");
        await page.Locator("#answers-cover-phone").FillAsync("0116 305 0000");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Explain why national condition 2 was not met" }).ClickAsync();
        await Expect(page.Locator("#answers-nationalConditions-2-explanation")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("The plan was agreed late.\nIt is signed now.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save answers" }).ClickAsync();
        var saved = page.Locator("#answers-saved");
        await Expect(saved).ToBeFocusedAsync();
        await Expect(saved.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(UkTimeAfter("Answers saved at "));
        await Expect(saved).ToContainTextAsync("Every answer of the cover, national conditions and metrics is given.");
        await Expect(summary).ToBeHiddenAsync();
        await Expect(page.Locator("#answers-saved-by")).ToHaveTextAsync(UkTimeAfter("Saved by Pat Lead at "));
        await Expect(page.Locator("#template-tasks-list .task-list__status")).ToHaveTextAsync(["Completed", "Completed", "Completed", "Completed"]);
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "lead-answers-saved");

        // Read back after a reload.
        await page.ReloadAsync();
        await Expect(page.Locator("#answers-form")).ToBeVisibleAsync();
        await Expect(page.Locator("#answers-saved-by")).ToHaveTextAsync(UkTimeAfter("Saved by Pat Lead at "));
        await Expect(page.Locator("#answers-cover-email")).ToHaveValueAsync("bcf.lead@answershire.example.gov.uk");
        await Expect(page.Locator("#answers-cover-phone")).ToHaveValueAsync("0116 305 0000");
        await Expect(page.Locator("#answers-cover-signedOff-no")).ToBeCheckedAsync();
        await Expect(page.Locator("#answers-cover-expectedSignOffOn-day")).ToHaveValueAsync("27");
        await Expect(page.Locator("#answers-cover-expectedSignOffOn-month")).ToHaveValueAsync("3");
        await Expect(page.Locator("#answers-cover-expectedSignOffOn-year")).ToHaveValueAsync("2025");
        await Expect(page.Locator("#answers-nationalConditions-1-met")).ToBeCheckedAsync();
        await Expect(page.Locator("#answers-nationalConditions-2-met-no")).ToBeCheckedAsync();
        await Expect(page.Locator("#answers-nationalConditions-2-explanation")).ToHaveValueAsync("The plan was agreed late.\nIt is signed now.");
        await Expect(page.Locator("#answers-metrics-4-assessment")).ToBeCheckedAsync();
        await Expect(page.Locator("#answers-metrics-4-achievements")).ToHaveValueAsync("Better than planned on Residential Admissions.");
        await Expect(page.Locator("#template-tasks-list .task-list__status")).ToHaveTextAsync(["Completed", "Completed", "Completed", "Completed"]);
        Assert.Single(saves);
        // The audit trail says it in words.
        var answersRow = page.Locator("#audit-table tbody tr").Filter(new() { HasText = "Answers saved" });
        await Expect(answersRow).ToContainTextAsync("Version 1: every answer given");
        await Expect(page.Locator("#audit-table")).Not.ToContainTextAsync("answers-saved");

        // Every part complete: the confirmation says so and asks for no tick.
        await page.GetByLabel("Approve the area return and write the final template").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        await Expect(page.Locator("#confirm-template")).ToHaveTextAsync(
            "Every part of the template is complete: the cover, the national conditions, the metrics and the expenditure checklist.");
        await Expect(page.Locator("#confirm-incomplete")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and approve" }).ClickAsync();
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Approved");
        Assert.Equal(1, decisions.Count);

        // Approved: the answers read-only, the lead's answers among the downloads (no workbook was attached).
        await Expect(page.Locator("#template-heading")).ToHaveTextAsync("The lead's answers in the template");
        await Expect(page.Locator("#answers-form")).ToHaveCountAsync(0);
        await Expect(page.Locator("#workbook-form")).ToHaveCountAsync(0);
        await Expect(page.Locator("#answers-conditions-summary")).ToContainTextAsync("No. The plan was agreed late.");
        await Expect(page.Locator("#answers-cover-summary")).ToContainTextAsync("Thursday 27 March 2025");
        await Expect(page.Locator("#workbook-attached")).ToHaveTextAsync("No workbook was attached before approval.");
        var answersButton = page.GetByRole(AriaRole.Button, new() { Name = "Download the lead's answers (CSV)" });
        await Expect(answersButton).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Download NHS England's reporting workbook, filled in (Excel)" })).ToHaveCountAsync(0);
        var download = await page.RunAndWaitForDownloadAsync(() => answersButton.ClickAsync());
        Assert.Equal("answershire-2024-25-q2-answers.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Template status,Complete Template", csv);
        Assert.Contains("bcf.lead@answershire.example.gov.uk", csv);
        Assert.Contains("Better than planned on Falls.", csv);
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "lead-answers-approved");
    }

    [Fact]
    public async Task LeadPage_ApproveWithTemplateBlank_NeedsTheTickEvenWhenSomethingBecameBlankAndOffersTheFilledWorkbook()
    {
        var area = new TestArea("Blankshire", ["blaby", "melton"]);
        await stack.SeedAsync(area, TimeSpan.FromDays(10));
        await stack.SubmitAsync(area, "blaby", TestArea.ReturnCsv("blaby", 346085m, 40));
        await stack.SubmitAsync(area, "melton", TestArea.ReturnCsv("melton", 100000m, 10));
        await stack.WaitForStageAsync(area, "awaitingSignOff");
        var page = await stack.NewPageAsync(Keys.Lead);
        var decisions = new RequestCounter(page, "/decision");
        await page.GotoAsync($"/lead?cycle={area.CycleId}");
        await Expect(page.Locator("#answers-form")).ToBeVisibleAsync();

        // NHS England's workbook: a file that is not one is refused with its problems listed; the right one is attached.
        var file = page.Locator("#workbook-file");
        await file.SetInputFilesAsync(new FilePayload { Name = "notes.xlsx", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("not a workbook") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach workbook" }).ClickAsync();
        await Expect(page.Locator("#workbook-errors li")).ToHaveTextAsync([new Regex("^This is not a workbook: it reads as text")]);
        await Expect(page.Locator("#error-summary li")).ToHaveTextAsync(["notes.xlsx was not attached: see the problems below"]);
        await AxeCheck.AssertNoViolationsAsync(page);
        await file.SetInputFilesAsync(new FilePayload
        {
            Name = "BCF Q2 reporting template.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = BlankReportingWorkbook(area),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach workbook" }).ClickAsync();
        await Expect(page.Locator("#workbook-attached")).ToHaveTextAsync(UkTimeAfter("Attached: BCF Q2 reporting template.xlsx, by Pat Lead at "));
        await Expect(page.Locator("#error-summary")).ToBeHiddenAsync();

        // Nothing answered: the confirmation lists every blank part and approving needs the tick.
        await page.GetByLabel("Approve the area return and write the final template").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        var blank = page.Locator("#confirm-template-missing li");
        await Expect(blank).ToHaveCountAsync(21);
        await Expect(blank.First).ToHaveTextAsync("2. Cover: Health and Wellbeing Board");
        await Expect(blank.Last).ToHaveTextAsync("4. Metrics: Residential Admissions: achievements");
        await Expect(page.Locator("#confirm-workbook")).ToHaveTextAsync("NHS England's workbook works out its own ‘Complete Template’ from its own "
            + "checklist, so it may not agree with this list: check the filled-in workbook before you send it.");
        await AxeCheck.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and approve" }).ClickAsync();
        var summary = page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.Locator("li")).ToHaveTextAsync([new Regex("^Select ‘Approve with these parts of the template blank’")]);
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "lead-approve-template-blank");
        Assert.Equal(0, decisions.Count);
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#confirm-incomplete")).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(summary).ToBeHiddenAsync();

        // Answered in full (elsewhere): no tick asked. Then an answer goes blank before the lead confirms: the service
        // refuses, and the page lists what became blank and asks for the tick.
        await SaveAnswersAsync(area, achievementsOfLastMetric: "Fewer admissions than planned.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        await Expect(page.Locator("#confirm-template")).ToContainTextAsync("Every part of the template is complete");
        await Expect(page.Locator("#confirm-incomplete")).ToHaveCountAsync(0);
        await SaveAnswersAsync(area, achievementsOfLastMetric: null);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and approve" }).ClickAsync();
        await Expect(summary.Locator("li")).ToHaveTextAsync([new Regex("^Select ‘Approve with these parts of the template blank’")]);
        await Expect(blank).ToHaveTextAsync(["4. Metrics: Residential Admissions: achievements"]);
        Assert.Equal(1, decisions.Count);
        await page.GetByLabel("Approve with these parts of the template blank").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and approve" }).ClickAsync();
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Approved");
        Assert.Equal(2, decisions.Count);

        // The downloads offer the lead's answers and NHS England's workbook; the workbook as attached is named.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Download the lead's answers (CSV)" })).ToBeVisibleAsync();
        var workbookButton = page.GetByRole(AriaRole.Button, new() { Name = "Download NHS England's reporting workbook, filled in (Excel)" });
        await Expect(workbookButton).ToBeVisibleAsync();
        await Expect(page.Locator("#workbook-attached")).ToHaveTextAsync(UkTimeAfter("Attached: BCF Q2 reporting template.xlsx, by Pat Lead at "));
        var filled = await page.RunAndWaitForDownloadAsync(() => workbookButton.ClickAsync());
        Assert.Equal("blankshire-2024-25-q2-reporting-workbook.xlsx", filled.SuggestedFilename);
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open((await filled.PathAsync())!, false))
        {
            // Blaby's figure in the workbook's own input cell: its Scheme ID's row, under "Expenditure to date (£)".
            var text = workbook.WorkbookPart!.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>())
                .Select(c => c.CellValue?.Text).ToList();
            Assert.Contains("346085", text);
        }
        await Expect(page.Locator("#answers-metric-4-summary")).ToContainTextAsync("Not given");
        // Read-only once approved: what was left blank, not what is "to do".
        await Expect(page.Locator("#template-tasks-list .task-list__status")).ToHaveTextAsync(["Completed", "Completed", "1 left blank", "Completed"]);

        // The audit trail in words: no codes, hashes or empty brackets.
        var audit = page.Locator("#audit-table");
        await Expect(audit.Locator("tbody tr").Filter(new() { HasText = "Workbook attached" }))
            .ToContainTextAsync("NHS England's workbook BCF Q2 reporting template.xlsx attached (version 1)");
        await Expect(audit.Locator("tbody tr").Filter(new() { HasText = "Answers saved" }).First).ToContainTextAsync("Version 2: 1 answer still to give");
        await Expect(audit).Not.ToContainTextAsync("workbook-attached");
        await Expect(audit).Not.ToContainTextAsync("answers-saved");
        await Expect(audit).Not.ToContainTextAsync("()");
        await Expect(audit).Not.ToContainTextAsync("sha256");
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    /// <summary>Every answer of 2024-25 through the API, the last metric's achievements as given.</summary>
    private async Task SaveAnswersAsync(TestArea area, string? achievementsOfLastMetric)
    {
        var answers = new
        {
            cover = new
            {
                healthAndWellbeingBoard = area.Name, completedBy = "BCF Lead", email = "bcf.lead@example.gov.uk", phone = "0116 305 0000",
                signedOff = true, signedOffBy = "Cllr Board Chair", signedOffRole = "Chair of the HWB", signedOffOn = "2024-10-30",
            },
            nationalConditions = Enumerable.Range(1, 4).Select(number => new { number, met = true }),
            metrics = Metrics.Select(name => new
            {
                metric = name, assessment = "On track to meet target", challenges = "None this quarter.",
                achievements = name == Metrics[^1] ? achievementsOfLastMetric : "On plan.",
            }),
        };
        using var response = await stack.SendAsync(HttpMethod.Put, $"api/cycles/{area.CycleId}/lead-answers", Keys.Lead,
            new StringContent(JsonSerializer.Serialize(answers), Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A blank reporting workbook for the area's plan: our own template.xlsx of the plan with nothing returned
    /// and nothing answered has the national workbook's numbered sheets, labels and scheme table, so the service takes
    /// it as NHS England's (the realistic imitations are tested in the Domain tests).</summary>
    private static byte[] BlankReportingWorkbook(TestArea area)
    {
        using var planJson = new MemoryStream(Encoding.UTF8.GetBytes(area.PlanJson()));
        var plan = BcfWorkflow.Domain.Plans.PlanReader.Read(planJson, "plan.json").Plan!;
        var summary = BcfWorkflow.Domain.Aggregation.AreaAggregator.Aggregate(plan, new BcfWorkflow.Domain.Model.Quarter(2), []);
        using var output = new MemoryStream();
        BcfWorkflow.Domain.Rendering.TemplateXlsxWriter.Write(summary, BcfWorkflow.Domain.Rendering.TemplateCover.Empty, output);
        return output.ToArray();
    }

    /// <summary>The text, then a time as the pages show it ("5pm on Friday 18 October 2024").</summary>
    private static Regex UkTimeAfter(string text) =>
        new("^" + Regex.Escape(text) + @"(\d{1,2}(:\d{2})?[ap]m|midday|midnight) on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}");
}
