using BcfWorkflow.Domain.Plans.Import;

namespace BcfWorkflow.Domain.Tests.PlanImport;

public class SchemeIdListTests
{
    [Theory]
    [InlineData("52", "52")]
    [InlineData("1-3, 7; 9", "1 2 3 7 9")]
    [InlineData(" 20 - 22 ,47", "20 21 22 47")]
    [InlineData("5\u20136", "5 6")]
    [InlineData("DFG-1, DFG-2", "DFG-1 DFG-2")]
    [InlineData("4-4", "4")]
    [InlineData("1, 2,", "1 2")]
    public void Parse_IdsAndRanges_GivesEveryId(string text, string expected)
    {
        var ids = SchemeIdList.Parse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal(expected.Split(' '), ids);
    }

    [Theory]
    [InlineData("19-1", "runs backwards")]
    [InlineData("01-05", "leading zeros")]
    [InlineData("1-5000", "more than 1000 ids")]
    [InlineData(" , ;", "lists no scheme ids")]
    public void Parse_BadList_SaysWhatToType(string text, string problem)
    {
        var ids = SchemeIdList.Parse(text, out var message);

        Assert.Null(ids);
        Assert.Contains(problem, message, StringComparison.Ordinal);
    }
}
