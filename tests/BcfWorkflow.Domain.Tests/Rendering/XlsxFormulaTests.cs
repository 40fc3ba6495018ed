using BcfWorkflow.Domain.Rendering.Xlsx;

namespace BcfWorkflow.Domain.Tests.Rendering;

public class XlsxFormulaTests
{
    [Fact]
    public void Sum_CellReferences_SumFormulaWithItsValue()
    {
        var formula = XlsxFormula.Sum("Q20", "Q109", 1_234.5m);

        Assert.Equal(("SUM(Q20:Q109)", 1_234.5m), (formula.Text, formula.Value));
    }

    [Fact]
    public void Ratio_ZeroDenominator_EmptyTextValue()
    {
        var formula = XlsxFormula.Ratio("E12", "D12", null);

        Assert.Equal(("IF(D12=0,\"\",E12/D12)", (decimal?)null), (formula.Text, formula.Value));
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("A1)+HYPERLINK(\"http://x\"")]
    [InlineData("a1")]
    [InlineData("A0")]
    [InlineData("")]
    public void Sum_AnythingButACellReference_IsRefused(string cell)
    {
        Assert.Throws<ArgumentException>(() => XlsxFormula.Sum(cell, "A2", 0m));
        Assert.Throws<ArgumentException>(() => XlsxFormula.Ratio("A1", cell, 0m));
    }
}
