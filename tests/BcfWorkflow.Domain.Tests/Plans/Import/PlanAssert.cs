using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Domain.Tests.PlanImport;

/// <summary>Compares two plans field by field, in order (a Contributor's scheme list is compared by its ids, as records
/// compare lists by reference).</summary>
internal static class PlanAssert
{
    public static void Equal(Plan expected, Plan actual)
    {
        Assert.Equal((expected.Area, expected.Year, expected.Lead, expected.RequiredSpend), (actual.Area, actual.Year, actual.Lead, actual.RequiredSpend));
        Assert.Equal(expected.Income, actual.Income);
        Assert.Equal(expected.Contributors.Select(Describe), actual.Contributors.Select(Describe));
        Assert.Equal(expected.Schemes, actual.Schemes);
    }

    private static string Describe(Contributor c) => $"{c.Id}|{c.Name}|{c.Email}|{string.Join(",", c.SchemeIds)}";
}
