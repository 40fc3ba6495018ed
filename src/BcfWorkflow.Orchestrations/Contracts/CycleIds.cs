using System.Text;

namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>Deterministic instance ids: the cycle is <c>{area}-{year}-{quarter}</c> as a lower-case slug
/// ("leicestershire-2024-25-q2"), a contributor's child is <c>{cycleId}-{contributorId}</c>.</summary>
public static partial class CycleIds
{
    public static string Cycle(string area, string year, string quarter) => Slug($"{area}-{year}-{quarter}");

    public static string Contributor(string cycleId, string contributorId) => $"{cycleId}-{Slug(contributorId)}";

    /// <summary>The area slug of a cycle id: what precedes <c>-{yyyy}-{yy}-q{n}</c>; the whole id when it has no such ending.</summary>
    public static string AreaSlugOf(string cycleId)
    {
        var match = CycleSuffix().Match(cycleId);
        return match.Success ? cycleId[..match.Index] : cycleId;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"-\d{4}-\d{2}-q[1-4]$")]
    private static partial System.Text.RegularExpressions.Regex CycleSuffix();

    /// <summary>Lower-case letters and digits, anything else becomes one '-', none at either end.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }
}
