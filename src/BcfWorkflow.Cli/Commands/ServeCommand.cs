using System.CommandLine;
using BcfWorkflow.LocalHost.Server;
using BcfWorkflow.LocalHost.Storage;

namespace BcfWorkflow.Cli.Commands;

/// <summary><c>bcf serve [--urls http://127.0.0.1:7071] [--data DIR]</c>: the local host until Ctrl+C or SIGTERM.</summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where the HTTP API listens.",
            DefaultValueFactory = _ => LocalServerOptions.DefaultUrls,
            HelpName = "URLS",
        };
        var data = DataOption();
        var command = new Command("serve", "Run the local host: HTTP API and web pages, durable engine and storage (Azurite under --data unless Storage:ConnectionString is set). Ctrl+C stops it.")
        {
            urls, data,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(context, parsed.GetValue(urls)!, parsed.GetValue(data)!, cancellationToken));
        return command;
    }

    public static Option<string> DataOption() => new("--data")
    {
        Description = "The data folder: Azurite's data, users.json, bcf.json and the email outbox.",
        DefaultValueFactory = _ => LocalServerOptions.DefaultDataDir,
        HelpName = "DIR",
    };

    static async Task<int> RunAsync(CliContext context, string urls, string dataDir, CancellationToken cancellationToken)
    {
        var configuration = ServeConfiguration.Build(dataDir);
        if (!ServeConfiguration.HasLead(configuration))
        {
            // The key goes to a file only its owner can read, never to the terminal (a service's output is kept in
            // its journal, readable by more people than the key is meant for).
            LocalDataFolder.Prepare(dataDir);
            string key = LocalUsersFile.AddUser(dataDir, "lead", null, "BCF lead"); // read in emails: "approved by BCF lead"
            string keyFile = LocalUsersFile.WriteFirstLeadKey(dataDir, key);
            context.Out.WriteLine($"No lead was configured: created a lead key, written to {keyFile} (readable only by you).");
            context.Out.WriteLine("  Sign in with it, keep it somewhere safe and delete the file. Add a contributor's key with");
            context.Out.WriteLine($"  bcf keys add --role contributor --contributor ID --area AREA --data {dataDir}   (then restart bcf serve)");
            configuration = ServeConfiguration.Build(dataDir);
        }

        try
        {
            await using var server = await LocalServer.StartAsync(new LocalServerOptions
            {
                Urls = urls,
                DataDir = dataDir,
                Configuration = configuration,
            }, cancellationToken);
            context.Out.WriteLine($"bcf serve: API on {server.BaseAddress}api (health: {server.BaseAddress}api/health), data in {server.DataDir}. Ctrl+C stops.");
            if (File.Exists(LocalDataFolder.StorageKeyPath(server.DataDir)))
            {
                context.Out.WriteLine($"  Storage account key (for tools such as Storage Explorer): {LocalDataFolder.StorageKeyPath(server.DataDir)}");
            }
            await server.WaitForShutdownAsync(cancellationToken);
            context.Out.WriteLine("bcf serve: stopping (web app and worker, engine, storage).");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.Error.WriteLine($"bcf serve: could not start: {e.Message}");
            return ExitCodes.Failed;
        }

        return ExitCodes.Success;
    }
}
