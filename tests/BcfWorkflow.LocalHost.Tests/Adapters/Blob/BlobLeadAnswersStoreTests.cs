using System.Text;
using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.LocalHost.Tests.Support;
using BcfWorkflow.Testing;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Blob;

[Collection(AzuriteCollection.Name)]
public sealed class BlobLeadAnswersStoreTests(AzuriteFixture azurite)
{
    readonly BlobLeadAnswersStore store = new(azurite.Container());
    static readonly DateTimeOffset At = new(2024, 10, 30, 14, 5, 0, TimeSpan.Zero);

    static LeadAnswers Answers(string completedBy) => new(
        new CoverAnswers("Leicestershire", completedBy, "jo@leics.gov.uk", SignedOff: false, ExpectedSignOffOn: new DateOnly(2024, 11, 20)),
        [new ConditionAnswer(2, false, "Recruitment delayed")],
        [new MetricAnswer("Falls", "On track to meet target", "None", "Fewer falls")]);

    [Fact]
    public async Task SaveAnswers_TwiceKeepsBothVersions_LatestAndEachReadBackWhole()
    {
        var cycle = Unique.CycleId();

        var first = await store.SaveAnswersAsync(cycle, Answers("Jo Lead"), "BCF Lead", At);
        var second = await store.SaveAnswersAsync(cycle, Answers("Sam Lead"), "BCF Lead", At.AddHours(1));

        Assert.Equal((1, 2), (first.Version, second.Version));
        var latest = (await store.GetAnswersAsync(cycle))!;
        Assert.Equal(("Sam Lead", 2, At.AddHours(1)), (latest.Answers.Cover.CompletedBy, latest.Version, latest.SavedAt));
        var v1 = (await store.GetAnswersAsync(cycle, 1))!;
        Assert.Equal(Answers("Jo Lead").Cover, v1.Answers.Cover);
        Assert.Equal(Answers("Jo Lead").NationalConditions, v1.Answers.NationalConditions);
        Assert.Equal(Answers("Jo Lead").Metrics, v1.Answers.Metrics);
    }

    [Fact]
    public async Task GetAnswers_NoneSaved_Null() => Assert.Null(await store.GetAnswersAsync(Unique.CycleId()));

    [Fact]
    public async Task SaveWorkbook_KeepsEachVersionWithItsNameSenderTimeAndHash()
    {
        var cycle = Unique.CycleId();
        var bytes = Encoding.UTF8.GetBytes("pretend xlsx");

        await store.SaveWorkbookAsync(cycle, Encoding.UTF8.GetBytes("older"), "BCF Q2 v1.xlsx", "BCF Lead", At);
        var attached = await store.SaveWorkbookAsync(cycle, bytes, "Zoë's BCF Q2 template.xlsx", "BCF Lead", At.AddMinutes(5));

        var (read, content) = (await store.GetWorkbookAsync(cycle))!.Value;
        Assert.Equal(2, attached.Version);
        Assert.Equal(attached, read);
        Assert.Equal(bytes, content);
        Assert.Equal("older", Encoding.UTF8.GetString((await store.GetWorkbookAsync(cycle, 1))!.Value.Content));
        Assert.Null(await store.GetWorkbookAsync(Unique.CycleId()));
    }
}
