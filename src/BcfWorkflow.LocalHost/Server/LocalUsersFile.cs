using System.Text.Json;
using System.Text.Json.Nodes;

namespace BcfWorkflow.LocalHost.Server;

/// <summary><c>{data}/users.json</c>: API users added by <c>bcf serve</c> (the first lead) and <c>bcf keys add</c>, keys kept
/// only as SHA-256. Shaped as configuration (<c>Auth:Users:local-N</c>) so it merges with users from environment variables.</summary>
public static class LocalUsersFile
{
    public const string FileName = "users.json";

    public static string PathIn(string dataDir) => Path.Combine(Path.GetFullPath(dataDir), FileName);

    /// <summary>Generates a key for a new user, stores its hash and returns the key (shown once, never stored).</summary>
    /// <param name="role">"lead" or "contributor".</param>
    public static string AddUser(string dataDir, string role, string? contributorId, string? name, string? area = null)
    {
        string path = PathIn(dataDir);
        Storage.LocalDataFolder.Prepare(Path.GetDirectoryName(path)!);
        JsonObject root = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? [] : [];
        JsonObject auth = Child(root, "Auth");
        JsonObject users = Child(auth, "Users");

        string key = ApiKeys.New();
        var user = new JsonObject { ["KeySha256"] = ApiKeys.Sha256Hex(key), ["Role"] = role, ["Name"] = name ?? contributorId ?? role };
        if (contributorId is not null)
        {
            user["Contributor"] = contributorId;
        }
        if (!string.IsNullOrWhiteSpace(area))
        {
            user["Area"] = area;
        }

        users[$"local-{users.Count + 1:D3}"] = user;
        string temp = path + ".tmp";
        File.WriteAllText(temp, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temp, path, overwrite: true);
        return key;
    }

    public const string FirstLeadKeyFileName = "lead.key";

    /// <summary>Writes the first lead's key to <c>{data}/lead.key</c>, readable and writable by its owner only (0600); returns the path.</summary>
    public static string WriteFirstLeadKey(string dataDir, string key)
    {
        string path = Path.Combine(Path.GetFullPath(dataDir), FirstLeadKeyFileName);
        Storage.LocalDataFolder.WriteOwnerOnly(path, key + Environment.NewLine);
        return path;
    }

    static JsonObject Child(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[name] = created;
        return created;
    }
}
