namespace BcfWorkflow.Web.Tests.Support;

/// <summary>The users the test server knows (configured as Auth:Users), by key.</summary>
public static class Keys
{
    public const string Lead = "lead-key-for-web-tests";
    public const string Blaby = "blaby-key-for-web-tests";
    public const string Charnwood = "charnwood-key-for-web-tests";
    public const string Melton = "melton-key-for-web-tests";

    public static IEnumerable<KeyValuePair<string, string?>> AsConfiguration() =>
    [
        .. User(0, Lead, "lead", null, "Pat Lead"),
        .. User(1, Blaby, "contributor", "blaby", "Blaby DFG officer"),
        .. User(2, Charnwood, "contributor", "charnwood", "Charnwood DFG officer"),
        .. User(3, Melton, "contributor", "melton", "Melton DFG officer"),
    ];

    public static string For(string contributorId) => contributorId switch
    {
        "blaby" => Blaby,
        "charnwood" => Charnwood,
        "melton" => Melton,
        _ => throw new ArgumentOutOfRangeException(nameof(contributorId), contributorId, "No key for that contributor."),
    };

    private static IEnumerable<KeyValuePair<string, string?>> User(int index, string key, string role, string? contributor, string name)
    {
        yield return new($"Auth:Users:{index}:Key", key);
        yield return new($"Auth:Users:{index}:Role", role);
        yield return new($"Auth:Users:{index}:Name", name);
        if (contributor is not null)
        {
            yield return new($"Auth:Users:{index}:Contributor", contributor);
        }
    }
}
