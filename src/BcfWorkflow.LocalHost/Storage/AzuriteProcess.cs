using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BcfWorkflow.LocalHost.Storage;

/// <summary>Azurite running as a child process on 127.0.0.1; stopped (SIGTERM so it saves its data, then its process tree
/// killed if it lingers) on dispose,
/// on process exit and on Ctrl+C.</summary>
public sealed class AzuriteProcess : IAsyncDisposable, IDisposable
{
    const string Host = "127.0.0.1";
    const string PidFileName = ".azurite.pid";
    const string LogFileName = "azurite.log";
    static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    readonly Process process;
    readonly StringBuilder output;
    readonly string? logFile;
    readonly string? pidFile;
    int stopped;

    readonly string accountKey;

    AzuriteProcess(Process process, StringBuilder output, string? logFile, string? pidFile, int blobPort, int queuePort, int tablePort, string accountKey)
    {
        this.accountKey = accountKey;
        this.process = process;
        this.output = output;
        this.logFile = logFile;
        this.pidFile = pidFile;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        Console.CancelKeyPress += OnCancelKeyPress;
    }

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }
    public int ProcessId => process.Id;

    /// <summary>UseDevelopmentStorage-style connection string with explicit endpoints and this emulator's private key.</summary>
    public string ConnectionString => DevelopmentStorage.ConnectionString(Host, BlobPort, QueuePort, TablePort, accountKey);

    public static async Task<AzuriteProcess> StartAsync(AzuriteOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        logger ??= NullLogger.Instance;
        string launcher = await AzuriteInstaller.FindOrInstallAsync(options, logger, cancellationToken);
        int blobPort = FreeTcpPort.OrNext(options.BlobPort);
        int queuePort = FreeTcpPort.OrNext(options.QueuePort);
        int tablePort = FreeTcpPort.OrNext(options.TablePort);

        string? location = options.InMemory ? null : Path.GetFullPath(options.Location ?? Path.Combine(".bcf", "azurite"));
        string? pidFile = null;
        if (location is not null)
        {
            Directory.CreateDirectory(location);
            pidFile = Path.Combine(location, PidFileName);
            KillLeftOver(pidFile, logger);
        }

        // Azurite keeps its data folder's metadata in memory and saves it every 5 s and when it is stopped. If its output
        // went to pipes read by this host, a host killed with SIGKILL would leave Azurite writing to broken pipes: it
        // dies on the first line it prints ("closing..." when the next host stops it) without saving, losing the
        // last seconds of acknowledged writes. So with a data folder its output goes to a log file there instead.
        string? logFile = location is null || OperatingSystem.IsWindows() ? null : Path.Combine(location, LogFileName);
        ProcessStartInfo startInfo = logFile is null ? PipedStart(launcher) : LoggedStart(launcher, logFile);
        foreach (string argument in Arguments(location, blobPort, queuePort, tablePort))
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The account is the development one, but with a key of our own: Azurite then refuses the public key. Only
        // this process and its child see it (the environment of a process is private to its user).
        string accountKey = options.AccountKey ?? LocalDataFolder.NewStorageKey();
        startInfo.Environment["AZURITE_ACCOUNTS"] = $"{DevelopmentStorage.AccountName}:{accountKey}";

        var output = new StringBuilder();
        var process = new Process { StartInfo = startInfo };
        if (logFile is null)
        {
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        }

        process.Start();
        if (logFile is null)
        {
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        if (pidFile is not null)
        {
            await File.WriteAllTextAsync(pidFile, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }

        var azurite = new AzuriteProcess(process, output, logFile, pidFile, blobPort, queuePort, tablePort, accountKey);
        try
        {
            await azurite.WaitUntilListeningAsync(options.StartTimeout, cancellationToken);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }

        logger.LogInformation("Azurite {Pid} listening on blob {Blob}, queue {Queue}, table {Table} ({Data})",
            process.Id, blobPort, queuePort, tablePort, location ?? "in memory");
        return azurite;
    }

    static ProcessStartInfo PipedStart(string launcher) => new(launcher)
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };

    /// <summary>Azurite through <c>sh -c 'exec setsid …'</c> (same PID) with its output appended to <paramref name="logFile"/>.</summary>
    /// <remarks>In a session of its own, so a terminal hang-up (SIGHUP to the whole process group, as when the SSH session
    /// that ran <c>bcf serve</c> drops) or a signal to the group cannot stop it mid-write; the host stops it with SIGTERM,
    /// and a host started after a crash stops the one left running (<see cref="KillLeftOver"/>), so it saves its data.
    /// <c>setsid</c> execs in place because the shell is not a group leader.</remarks>
    static ProcessStartInfo LoggedStart(string launcher, string logFile)
    {
        var startInfo = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add("""
            if command -v setsid >/dev/null 2>&1; then exec setsid "$@" >>"$BCF_AZURITE_LOG" 2>&1 </dev/null; fi
            exec "$@" >>"$BCF_AZURITE_LOG" 2>&1 </dev/null
            """);
        startInfo.ArgumentList.Add("azurite");
        startInfo.ArgumentList.Add(launcher);
        startInfo.Environment["BCF_AZURITE_LOG"] = logFile;
        return startInfo;
    }

    static IEnumerable<string> Arguments(string? location, int blobPort, int queuePort, int tablePort)
    {
        yield return "--silent";
        yield return "--skipApiVersionCheck";
        yield return "--disableProductStyleUrl";
        yield return "--disableTelemetry";
        if (location is null)
        {
            yield return "--inMemoryPersistence";
        }
        else
        {
            yield return "--location";
            yield return location;
        }

        foreach (var (service, port) in new[] { ("blob", blobPort), ("queue", queuePort), ("table", tablePort) })
        {
            yield return $"--{service}Host";
            yield return Host;
            yield return $"--{service}Port";
            yield return port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    async Task WaitUntilListeningAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        int[] pending = [BlobPort, QueuePort, TablePort];
        try
        {
            while (pending.Length > 0)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening:\n{Output}");
                }

                var accepted = new List<int>();
                foreach (int port in pending)
                {
                    if (await FreeTcpPort.AcceptsConnectionAsync(port, deadline.Token))
                    {
                        accepted.Add(port);
                    }
                }

                pending = [.. pending.Except(accepted)];
                if (pending.Length > 0)
                {
                    // Either the process exits or a port opens; probe again shortly.
                    await Task.WhenAny(process.WaitForExitAsync(deadline.Token), Task.Delay(100, deadline.Token));
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Azurite did not listen on ports {string.Join(", ", pending)} within {timeout}:\n{Output}");
        }
    }

    string Output
    {
        get
        {
            if (logFile is not null)
            {
                return File.Exists(logFile) ? File.ReadAllText(logFile) : "";
            }

            lock (output)
            {
                return output.ToString();
            }
        }
    }

    static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            if (output.Length < 64 * 1024)
            {
                output.AppendLine(line);
            }
        }
    }

    /// <summary>An Azurite left by a host that was killed (SIGKILL) would hold the data folder and ports: stop it.</summary>
    static void KillLeftOver(string pidFile, ILogger logger)
    {
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), out int pid))
        {
            return;
        }

        string cmdline = $"/proc/{pid}/cmdline";
        if (File.Exists(cmdline) && File.ReadAllText(cmdline).Contains("azurite", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var leftOver = Process.GetProcessById(pid);
                GracefulStop.Stop(leftOver, StopGrace);
                logger.LogWarning("Stopped Azurite {Pid} left running by a previous host", pid);
            }
            catch (ArgumentException)
            {
                // already gone
            }
        }

        File.Delete(pidFile);
    }

    void OnProcessExit(object? sender, EventArgs e) => Stop();

    void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e) => Stop();

    void Stop()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        Console.CancelKeyPress -= OnCancelKeyPress;
        GracefulStop.Stop(process, StopGrace);

        // A host started later on the same folder may have replaced this Azurite: its pid file is not ours to delete.
        if (pidFile is not null && File.Exists(pidFile) && File.ReadAllText(pidFile).Trim() == process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            File.Delete(pidFile);
        }
    }

    public void Dispose()
    {
        Stop();
        process.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
