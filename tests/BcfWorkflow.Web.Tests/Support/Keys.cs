namespace BcfWorkflow.Web.Tests.Support;

/// <summary>The users the test server knows (configured as Auth:Users), by key. A contributor key names its area (as
/// every contributor key must), so each contributor has one key per test area.</summary>
public static class Keys
{
    public const string Lead = "lead-key-for-web-tests";

    /// <summary>Blaby's key in Contribshire (the contributor page tests).</summary>
    public const string Blaby = "blaby-contribshire-key-for-web-tests";

    /// <summary>Blaby's key in Axeshire (the accessibility tests).</summary>
    public const string BlabyAxeshire = "blaby-axeshire-key-for-web-tests";

    /// <summary>Melton's key in Leadshire.</summary>
    public const string Melton = "melton-leadshire-key-for-web-tests";

    private static readonly string[] Areas =
        ["Leadshire", "Contribshire", "Elsewhere", "Axeshire", "Homeshire", "Closeshire", "Sendshire", "Openshire", "Narrowshire",
         "Answershire", "Blankshire", "Formshire"];
    private static readonly (string Id, string Name)[] Contributors =
        [("blaby", "Blaby DFG officer"), ("charnwood", "Charnwood DFG officer"), ("melton", "Melton DFG officer")];

    public static IEnumerable<KeyValuePair<string, string?>> AsConfiguration()
    {
        var users = new List<KeyValuePair<string, string?>>(User(0, Lead, "lead", null, "Pat Lead", null));
        var index = 1;
        foreach (var area in Areas)
        {
            foreach (var (id, name) in Contributors)
            {
                users.AddRange(User(index++, For(id, area), "contributor", id, name, area));
            }
        }
        return users;
    }

    /// <summary>A contributor's key in an area.</summary>
    public static string For(string contributorId, string area) => $"{contributorId}-{area.ToLowerInvariant()}-key-for-web-tests";

    private static IEnumerable<KeyValuePair<string, string?>> User(int index, string key, string role, string? contributor, string name, string? area)
    {
        yield return new($"Auth:Users:{index}:Key", key);
        yield return new($"Auth:Users:{index}:Role", role);
        yield return new($"Auth:Users:{index}:Name", name);
        if (contributor is not null)
        {
            yield return new($"Auth:Users:{index}:Contributor", contributor);
        }
        if (area is not null)
        {
            yield return new($"Auth:Users:{index}:Area", area);
        }
    }
}
