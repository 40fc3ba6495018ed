namespace BcfWorkflow.Domain.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Quarter_Q2_EndsOn30September() => Assert.Equal(new DateOnly(2024, 9, 30), BcfWorkflow.Domain.Model.Quarter.Parse("Q2").EndDate("2024-25"));
}
