using System.Security.Cryptography;

namespace BcfWorkflow.LocalHost.Storage;

/// <summary>
/// The local host's data folder is private to the user running <c>bcf</c>: the folder is 0700, and the storage
/// emulator's account key is a random one made on first start and kept in the folder (0600), never the emulator's
/// public development key, so another local user can neither read the files nor talk to the storage.
/// </summary>
public static class LocalDataFolder
{
    public const string StorageKeyFileName = "storage-account.key";

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (or narrows an existing one) to its owner only; returns its full path.</summary>
    public static string Prepare(string dataDir)
    {
        var full = Path.GetFullPath(dataDir);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(full);
            return full;
        }
        Directory.CreateDirectory(full, OwnerOnlyFolder);
        File.SetUnixFileMode(full, OwnerOnlyFolder);
        return full;
    }

    public static string StorageKeyPath(string dataDir) => Path.Combine(Path.GetFullPath(dataDir), StorageKeyFileName);

    /// <summary>The storage account key kept in the folder, made (64 random bytes, base64) on first use.</summary>
    public static string StorageKey(string dataDir)
    {
        var path = StorageKeyPath(dataDir);
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length > 0)
            {
                return existing;
            }
        }
        var key = NewStorageKey();
        WriteOwnerOnly(path, key);
        return key;
    }

    /// <summary>Writes a secret to a file only its owner can read and write (0600), whole or not at all (through a
    /// temporary file renamed into place).</summary>
    public static void WriteOwnerOnly(string path, string text)
    {
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }
        using (var writer = new StreamWriter(temp, options))
        {
            writer.Write(text);
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, OwnerOnlyFile); // a left-over temporary file keeps its old mode on Create
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>A key for an emulator whose data does not outlive it.</summary>
    public static string NewStorageKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
}
