using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using BcfWorkflow.LocalHost.Storage;
using BcfWorkflow.Testing;

namespace BcfWorkflow.LocalHost.Tests.Support;

/// <summary>A real SMTP server for tests: smtp4dev (a dotnet tool installed into <c>.tools/smtp4dev</c> on first use),
/// bound to 127.0.0.1 on free ports with an in-memory database; killed by PID on dispose.</summary>
public sealed class Smtp4devServer : IAsyncLifetime
{
    const string Version = "3.15.0";
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    readonly string dataDir = Path.Combine(Path.GetTempPath(), $"bcf-smtp4dev-{Guid.NewGuid():N}");
    Process? process;

    public int SmtpPort { get; } = FreeTcpPort.Next();
    public int WebPort { get; } = FreeTcpPort.Next();
    public HttpClient Web { get; private set; } = new();

    public async Task InitializeAsync()
    {
        string tool = await InstallAsync();
        Directory.CreateDirectory(dataDir);
        var startInfo = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[]
        {
            $"--urls=http://127.0.0.1:{WebPort}", $"--smtpport={SmtpPort}", "--bindaddress=127.0.0.1", "--hostname=127.0.0.1",
            "--db=", "--imapport=", "--pop3port=", "--nousersettings", "--tlsmode=None", $"--baseappdatapath={dataDir}",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        process = Process.Start(startInfo) ?? throw new InvalidOperationException("smtp4dev did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Web = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{WebPort}") };
        await WaitUntilReadyAsync();
    }

    public async Task<IReadOnlyList<JsonElement>> MessagesAsync()
    {
        using JsonDocument page = JsonDocument.Parse(await Web.GetStringAsync("/api/messages"));
        return [.. page.RootElement.GetProperty("results").EnumerateArray().Select(m => m.Clone())];
    }

    async Task WaitUntilReadyAsync()
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"smtp4dev exited with code {process.ExitCode}.");
            }

            try
            {
                using var response = await Web.GetAsync("/api/messages", deadline.Token);
                if (response.IsSuccessStatusCode && await FreeTcpPort.AcceptsConnectionAsync(SmtpPort, deadline.Token))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.WhenAny(process.WaitForExitAsync(deadline.Token), Task.Delay(100, deadline.Token));
        }
    }

    static async Task<string> InstallAsync()
    {
        string toolPath = Path.Combine(RepositoryRoot.Find(), ".tools", "smtp4dev");
        string tool = Path.Combine(toolPath, "smtp4dev");
        if (File.Exists(tool))
        {
            return tool;
        }

        var install = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { "tool", "install", "Rnwood.Smtp4dev", "--version", Version, "--tool-path", toolPath })
        {
            install.ArgumentList.Add(argument);
        }

        using Process installer = Process.Start(install) ?? throw new InvalidOperationException("dotnet tool install did not start.");
        Task<string> errors = installer.StandardError.ReadToEndAsync();
        await installer.StandardOutput.ReadToEndAsync();
        await installer.WaitForExitAsync();
        return installer.ExitCode == 0 && File.Exists(tool)
            ? tool
            : throw new InvalidOperationException($"Installing smtp4dev failed: {await errors}");
    }

    public Task DisposeAsync()
    {
        Web.Dispose();
        if (process is not null)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }

            process.Dispose();
        }

        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }

        return Task.CompletedTask;
    }
}
