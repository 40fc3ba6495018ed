using BcfWorkflow.Domain.Model;
using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.LocalHost.Tests.Support;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Blob;

[Collection(AzuriteCollection.Name)]
public sealed class BlobPlanStoreTests(AzuriteFixture azurite)
{
    readonly BlobPlanStore store = new(azurite.Container());

    static Plan SamplePlan(string area, decimal dfgIncome) => new()
    {
        Area = area,
        Year = "2024-25",
        Lead = new Lead("BCF Lead", "bcf.lead@example.gov.uk"),
        Income = [new SourceIncome("DFG", dfgIncome), new SourceIncome("iBCF", 17690614m)],
        RequiredSpend = new RequiredSpend(14633036m, 30774296m),
        Contributors = [new Contributor("blaby", "Blaby District Council", "dfg@blaby.example.gov.uk", ["39"])],
        Schemes =
        [
            new Scheme
            {
                Id = "39", Name = "Blaby District Council", SourceOfFunding = "DFG", Commissioner = Commissioner.Joint,
                PctNhs = 40.5m, PctLa = 59.5m, PlannedExpenditure = 603345.25m, PlannedOutputs = 85,
            },
        ],
    };

    [Fact]
    public async Task Save_ThenGet_RoundTripsEveryField()
    {
        string area = $"Area {Guid.NewGuid():N}";
        Plan plan = SamplePlan(area, 4850818m);

        await store.SaveAsync(plan);
        Plan? read = await store.GetAsync(area, "2024-25");

        Assert.NotNull(read);
        Assert.Equal(plan.Income, read.Income);
        Assert.Equal(plan.RequiredSpend, read.RequiredSpend);
        Assert.Equal(plan.Schemes, read.Schemes);
        Assert.Equal(plan.Lead, read.Lead);
        Assert.Equal(plan.Contributors[0].SchemeIds, read.Contributors[0].SchemeIds);
    }

    [Fact]
    public async Task Save_Again_ReplacesThePlan()
    {
        string area = $"Area {Guid.NewGuid():N}";

        await store.SaveAsync(SamplePlan(area, 1m));
        await store.SaveAsync(SamplePlan(area, 2m));

        Assert.Equal(2m, (await store.GetAsync(area, "2024-25"))!.Income[0].Income);
    }

    [Fact]
    public async Task Get_Unknown_IsNull() => Assert.Null(await store.GetAsync("Nowhere", "2024-25"));

    [Theory]
    [InlineData("Leicestershire", "2024-25", "plans/leicestershire/2024-25.json")]
    [InlineData("North West Leicestershire", "2024-25", "plans/north-west-leicestershire/2024-25.json")]
    [InlineData(" Hinckley & Bosworth ", "2019/21", "plans/hinckley-bosworth/2019_21.json")]
    public void PlanBlobName_AreaAndYear_IsSlugged(string area, string year, string expected) =>
        Assert.Equal(expected, BlobNames.Plan(area, year));
}
