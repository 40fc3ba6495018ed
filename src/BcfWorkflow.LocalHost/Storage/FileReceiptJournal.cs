using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.LocalHost.Storage;

/// <summary>The local host's write-ahead record of acknowledgements (<see cref="IReceiptJournal"/>): one file per
/// acknowledgement in <c>{data}/journal</c>, written to a temporary name, flushed to disk, renamed into place and the
/// folder flushed, all before the 202. <see cref="ReplayAsync"/> puts back on start whatever Azurite lost.</summary>
/// <remarks>Azurite saves its metadata every 5 s (LokiJS autosave) without fsync, so a record is kept for
/// <see cref="Retention"/>, far beyond both that and the kernel's write-back of dirty pages (30 s); older records are
/// deleted as new ones are written.</remarks>
public sealed class FileReceiptJournal : IReceiptJournal
{
    public const string FolderName = "journal";
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);

    const string ReturnKind = "return";
    const string EventKind = "event";
    const string StartKind = "start";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly string folder;
    readonly TimeProvider clock;
    readonly Lock pruneGate = new();
    DateTimeOffset lastPrune;

    public FileReceiptJournal(string dataDir, TimeProvider clock)
    {
        folder = Path.Combine(dataDir, FolderName);
        this.clock = clock;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Folder => folder;

    public Task RecordReturnAsync(StoredReturn stored, byte[] content, AuditEntry entry, CancellationToken cancellationToken = default) =>
        WriteAsync(ReturnKind, $"{stored.Ref.CycleId}.{stored.Ref.ContributorId}.v{stored.Ref.Version}",
            new Receipt(ReturnKind, clock.GetUtcNow()) { Return = stored, Content = content, Audit = entry }, cancellationToken);

    public Task RecordEventAsync(string instanceId, string eventName, object payload, CancellationToken cancellationToken = default) =>
        WriteAsync(EventKind, $"{instanceId}.{eventName}.{Guid.NewGuid():N}",
            new Receipt(EventKind, clock.GetUtcNow()) { InstanceId = instanceId, Name = eventName, Payload = JsonSerializer.SerializeToElement(payload, payload.GetType(), Json) },
            cancellationToken);

    public Task RecordStartAsync(string instanceId, string orchestratorName, object input, CancellationToken cancellationToken = default) =>
        WriteAsync(StartKind, $"{instanceId}.{Guid.NewGuid():N}",
            new Receipt(StartKind, clock.GetUtcNow()) { InstanceId = instanceId, Name = orchestratorName, Payload = JsonSerializer.SerializeToElement(input, input.GetType(), Json) },
            cancellationToken);

    /// <summary>Puts back what the storage lost, before the server takes requests (so a lost version's number is never
    /// given to other content): each return version missing from the store is written again with its audit entry,
    /// each cycle missing from the engine is scheduled again (and put back in the cycle index), and each event is raised again (the orchestrations ignore
    /// one they have applied: decisions and closes name their round). Records past <see cref="Retention"/> are deleted.</summary>
    /// <returns>How many records changed something.</returns>
    public async Task<int> ReplayAsync(BlobReturnStore returns, IAuditLog audit, ICycleIndex index, DurableTaskClient client, ILogger logger,
        CancellationToken cancellationToken = default)
    {
        var restored = 0;
        var now = clock.GetUtcNow();
        var auditIds = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            Receipt? receipt;
            try
            {
                receipt = JsonSerializer.Deserialize<Receipt>(await File.ReadAllBytesAsync(path, cancellationToken), Json);
            }
            catch (JsonException)
            {
                receipt = null; // cut short by a crash while being written, so never acknowledged
            }
            if (receipt is null)
            {
                File.Delete(path);
                continue;
            }

            switch (receipt.Kind)
            {
                case ReturnKind when receipt is { Return: { } stored, Content: { } content, Audit: { } entry }:
                    if (await returns.RestoreVersionAsync(stored, content, cancellationToken))
                    {
                        restored++;
                        logger.LogWarning("Restored {Blob} from the journal: the storage had lost it", stored.Ref.BlobName);
                    }
                    if (!auditIds.TryGetValue(stored.Ref.CycleId, out var ids))
                    {
                        ids = auditIds[stored.Ref.CycleId] = (await audit.ReadAsync(stored.Ref.CycleId, cancellationToken)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
                    }
                    if (ids.Add(entry.Id))
                    {
                        await audit.AppendAsync(stored.Ref.CycleId, entry, cancellationToken);
                    }
                    break;
                case StartKind when receipt is { InstanceId: { } id, Name: { } name, Payload: { } input }:
                    if (input.Deserialize<CycleInput>(Json) is { CycleId: not null, Area: not null } cycle)
                    {
                        await index.AddAsync(new CycleIndexEntry(cycle.CycleId, cycle.Area, cycle.Year, cycle.Quarter, receipt.RecordedAt), cancellationToken);
                    }
                    if (await client.GetInstanceAsync(id, cancellationToken) is null)
                    {
                        await client.ScheduleNewOrchestrationInstanceAsync(name, input, new StartOrchestrationOptions(id), cancellationToken);
                        restored++;
                        logger.LogWarning("Started {Instance} again from the journal: the storage had lost it", id);
                    }
                    break;
                case EventKind when receipt is { InstanceId: { } id, Name: { } name, Payload: { } payload } && now - receipt.RecordedAt < Retention:
                    await client.RaiseEventAsync(id, name, payload, cancellationToken);
                    break;
            }
            if (now - receipt.RecordedAt >= Retention)
            {
                File.Delete(path);
            }
        }
        return restored;
    }

    async Task WriteAsync(string kind, string key, Receipt receipt, CancellationToken cancellationToken)
    {
        // The name starts with the time, so records sort in the order they were acknowledged and age shows without reading.
        var name = $"{receipt.RecordedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}-{kind}-{Safe(key)}.json";
        var path = Path.Combine(folder, name);
        var temp = path + ".tmp";
        using (var handle = File.OpenHandle(temp, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None))
        {
            await RandomAccess.WriteAsync(handle, JsonSerializer.SerializeToUtf8Bytes(receipt, Json), 0, cancellationToken);
            RandomAccess.FlushToDisk(handle);
        }
        File.Move(temp, path, overwrite: true);
        FlushFolder();
        Prune(receipt.RecordedAt);
    }

    void Prune(DateTimeOffset now)
    {
        lock (pruneGate)
        {
            if (now - lastPrune < TimeSpan.FromMinutes(1))
            {
                return;
            }
            lastPrune = now;
        }
        var cutoff = (now - Retention).UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
        foreach (var path in Directory.EnumerateFiles(folder, "*.json"))
        {
            if (string.CompareOrdinal(Path.GetFileName(path), 0, cutoff, 0, cutoff.Length) < 0)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>A rename is durable only once its folder is flushed too.</summary>
    void FlushFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var fd = Open(folder, 0 /* O_RDONLY */);
        if (fd < 0)
        {
            return;
        }
        try
        {
            _ = Fsync(fd);
        }
        finally
        {
            _ = Close(fd);
        }
    }

    static string Safe(string key) => string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);

    /// <summary>One acknowledgement as written to disk.</summary>
    sealed record Receipt(string Kind, DateTimeOffset RecordedAt)
    {
        public StoredReturn? Return { get; init; }
        public byte[]? Content { get; init; }
        public AuditEntry? Audit { get; init; }
        public string? InstanceId { get; init; }
        public string? Name { get; init; }
        public JsonElement? Payload { get; init; }
    }
}
