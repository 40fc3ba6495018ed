namespace BcfWorkflow.LocalHost.Storage;

/// <summary>One host per data folder: <c>{data}/bcf.lock</c> held open exclusively while a host runs. A second
/// <c>bcf serve</c> on the same folder would stop the first one's Azurite as "left over" and take its ports and its
/// task hub, leaving the first up but broken; it is refused instead, naming the process that holds the folder.</summary>
/// <remarks>The lock is the operating system's (an exclusive open: flock on Linux), so it goes with the process however
/// it ends, even SIGKILL: a restart after a crash finds the folder free.</remarks>
public sealed class DataFolderLock : IDisposable
{
    public const string FileName = "bcf.lock";

    /// <summary>The holder's process id, beside the lock (a locked file cannot be read by another process).</summary>
    public const string PidFileName = "bcf.pid";

    private readonly FileStream stream;

    private DataFolderLock(FileStream stream) => this.stream = stream;

    /// <exception cref="InvalidOperationException">Another host holds the folder; the message says which and what to do.</exception>
    public static DataFolderLock Take(string dataDir)
    {
        var path = Path.Combine(dataDir, FileName);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.WriteAllText(Path.Combine(dataDir, PidFileName), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new DataFolderLock(stream);
        }
        catch (IOException)
        {
            var holder = ReadHolder(Path.Combine(dataDir, PidFileName));
            throw new InvalidOperationException(
                $"another bcf serve is already using the data folder {dataDir}{(holder is null ? "" : $" (process {holder})")}. "
                + $"Stop it first (Ctrl+C in its terminal{(holder is null ? "" : $", or kill {holder}")}), or give this one another --data folder.");
        }
    }

    private static string? ReadHolder(string path)
    {
        try
        {
            var text = File.ReadAllText(path).Trim();
            return int.TryParse(text, out _) ? text : null;
        }
        catch (IOException)
        {
            return null; // not written yet: the holder is not named
        }
    }

    public void Dispose() => stream.Dispose();
}
