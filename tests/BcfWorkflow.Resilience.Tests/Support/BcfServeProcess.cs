using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;
using BcfWorkflow.LocalHost.Storage;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Resilience.Tests.Support;

/// <summary>The real <c>bcf serve</c> as a child process (<c>dotnet bcf.dll serve --data DIR --urls http://127.0.0.1:PORT</c>),
/// ready once <c>/api/health</c> answers 200. Disposing stops it (SIGTERM, then its process tree) by PID.</summary>
public sealed class BcfServeProcess : IAsyncDisposable
{
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    const string Env = "/usr/bin/env";
    static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(5) };

    readonly Process process;
    readonly StringBuilder output = new();

    BcfServeProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public bool WaitForExit(TimeSpan timeout) => process.WaitForExit(timeout);

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>bcf.dll of the same configuration (Debug/Release) as these tests.</summary>
    public static string BcfDll
    {
        get
        {
            string configuration = typeof(BcfServeProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            string dll = Path.Combine(RepositoryRoot.Find(), "src", "BcfWorkflow.Cli", "bin", configuration, "net10.0", "bcf.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build src/BcfWorkflow.Cli first: no {dll}.");
        }
    }

    public static async Task<BcfServeProcess> StartAsync(string dataDir, int port, IReadOnlyDictionary<string, string> environment)
    {
        // Through `env --default-signal=HUP` (same PID): as started from a terminal, a hang-up is not ignored, even when
        // the test run itself was started under nohup (whose ignored SIGHUP every child would inherit).
        var startInfo = new ProcessStartInfo(File.Exists(Env) ? Env : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDir,
        };
        string[] launcher = File.Exists(Env) ? ["--default-signal=HUP", "dotnet"] : [];
        foreach (string argument in launcher.Concat([BcfDll, "serve", "--data", dataDir, "--urls", $"http://127.0.0.1:{port}"]))
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo };
        var serve = new BcfServeProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => serve.Append(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await serve.WaitUntilHealthyAsync();
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }

        return serve;
    }

    /// <summary>SIGKILL to the host process only: its Azurite child is left running, as after a real crash.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    async Task WaitUntilHealthyAsync()
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"bcf serve exited with code {process.ExitCode} before it was healthy:\n{Output}");
            }

            try
            {
                using var response = await Probe.GetAsync(new Uri(BaseAddress, "api/health"), deadline.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!deadline.IsCancellationRequested)
            {
                // one probe timed out
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"bcf serve was not healthy within {StartTimeout}:\n{Output}");
            }

            await Task.WhenAny(process.WaitForExitAsync(deadline.Token), Task.Delay(200, deadline.Token));
        }
    }

    void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            if (output.Length < 256 * 1024)
            {
                output.AppendLine(line);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        // SIGTERM lets bcf serve stop its worker, engine and Azurite; the tree is killed if it lingers.
        GracefulStop.Stop(process, TimeSpan.FromSeconds(20));
        process.Dispose();
        return ValueTask.CompletedTask;
    }
}
