using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Domain.Tests.Reporting;

public class LeadAnswersCheckTests
{
    private static readonly ReportingTemplate Template = ReportingTemplates.For("2024-25");

    [Fact]
    public void Missing_NothingAnswered_EveryRequiredAnswerInTemplateOrder()
    {
        var missing = LeadAnswersCheck.Missing(LeadAnswers.Empty, Template, "Q2");

        // Five cover questions always (not the sign-off's details until Yes or No is given), 4 conditions, 4 metrics × 3.
        Assert.Equal(5 + 4 + 12, missing.Count);
        Assert.Equal(("2. Cover", "cover.healthAndWellbeingBoard", "Health and Wellbeing Board:"), (missing[0].Sheet, missing[0].Field, missing[0].Description));
        Assert.Equal("3. National Conditions: Condition 1: met, Yes or No", missing[5].ToString());
        Assert.Equal("4. Metrics: Avoidable admissions: assessment of progress", missing[9].ToString());
    }

    [Fact]
    public void Missing_EverythingAnswered_None()
    {
        Assert.Empty(LeadAnswersCheck.Missing(CompleteLeadAnswers.For("2024-25"), Template, "Q2"));
        Assert.Empty(LeadAnswersCheck.Problems(CompleteLeadAnswers.For("2024-25"), Template, "Q2"));
    }

    [Fact]
    public void Missing_SignedOffYes_AsksWhoTheirRoleAndTheDate()
    {
        var answers = CompleteLeadAnswers.For("2024-25") is var a ? a with { Cover = a.Cover with { SignedOffBy = null, SignedOffRole = " ", SignedOffOn = null } } : a;

        Assert.Equal(["cover.signedOffBy", "cover.signedOffRole", "cover.signedOffOn"], LeadAnswersCheck.Missing(answers, Template, "Q2").Select(m => m.Field));
    }

    [Fact]
    public void Missing_SignedOffNo_AsksOnlyTheExpectedDate()
    {
        var a = CompleteLeadAnswers.For("2024-25");
        var answers = a with { Cover = a.Cover with { SignedOff = false, SignedOffBy = null, SignedOffRole = null, SignedOffOn = null } };

        Assert.Equal(["cover.expectedSignOffOn"], LeadAnswersCheck.Missing(answers, Template, "Q2").Select(m => m.Field));
        Assert.Empty(LeadAnswersCheck.Missing(answers with { Cover = answers.Cover with { ExpectedSignOffOn = new DateOnly(2024, 11, 20) } }, Template, "Q2"));
    }

    [Fact]
    public void Missing_ConditionNotMetWithoutExplanation_AsksWhy()
    {
        var a = CompleteLeadAnswers.For("2024-25");
        var answers = a with { NationalConditions = [.. a.NationalConditions.Select(c => c.Number == 3 ? c with { Met = false } : c)] };

        var missing = Assert.Single(LeadAnswersCheck.Missing(answers, Template, "Q2"));
        Assert.Equal(("nationalConditions.3.explanation", "Condition 3: why it was not met"), (missing.Field, missing.Description));
    }

    [Fact]
    public void Problems_WrongAnswers_EachNamedByItsField()
    {
        var answers = new LeadAnswers(
            new CoverAnswers(Email: "jo at leics", Phone: "0116 =1+1", CompletedBy: "Jo\nLead"),
            [new ConditionAnswer(5, true), new ConditionAnswer(2, false, new string('x', LeadAnswersCheck.MaxTextLength + 1))],
            [new MetricAnswer("Falls", "Achieved"), new MetricAnswer("Reablement", "On track to meet target")]);

        var problems = LeadAnswersCheck.Problems(answers, Template, "Q2");

        Assert.Equal(
            ["cover.completedBy", "cover.email", "cover.phone", "nationalConditions.5", "nationalConditions.2.explanation", "metrics.2.assessment", "metrics"],
            problems.Select(p => p.Field));
        Assert.Contains("like name@example.gov.uk", problems[1].Message, StringComparison.Ordinal);
        Assert.Equal("There is no national condition 5 in 2024-25: they are numbered 1 to 4.", problems[3].Message);
        Assert.StartsWith("Choose one of: On track to meet target;", problems[5].Message, StringComparison.Ordinal);
        Assert.StartsWith("'Reablement' is not a metric of 2024-25", problems[6].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_Q4_TakesTheYearEndAssessments()
    {
        var answers = LeadAnswers.Empty with { Metrics = [new MetricAnswer("falls", "achieved")] };

        Assert.Empty(LeadAnswersCheck.Problems(answers, Template, "Q4"));
        Assert.Single(LeadAnswersCheck.Problems(answers, Template, "Q2"));
    }

    [Fact]
    public void Missing_YearNotInTheData_SaysTheConditionsAndMetricsAreNotRecorded()
    {
        var template = ReportingTemplates.For("2031-32");
        var a = CompleteLeadAnswers.For("2024-25");

        var missing = Assert.Single(LeadAnswersCheck.Missing(a with { NationalConditions = [], Metrics = [] }, template, "Q2"));
        Assert.Contains("not recorded in this version of BcfWorkflow", missing.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CoverAnswer_DatesAsTheTemplateShowsThem()
    {
        var cover = new CoverAnswers(SignedOff: false, ExpectedSignOffOn: new DateOnly(2024, 11, 5));

        Assert.Equal(("No", "05/11/2024", null), (CoverQuestionKeys.Answer(cover, CoverQuestionKeys.SignedOff),
            CoverQuestionKeys.Answer(cover, CoverQuestionKeys.ExpectedSignOffOn), CoverQuestionKeys.Answer(cover, CoverQuestionKeys.Email)));
    }
}
