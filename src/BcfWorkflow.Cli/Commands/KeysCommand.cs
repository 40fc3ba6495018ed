using System.CommandLine;
using BcfWorkflow.LocalHost.Server;

namespace BcfWorkflow.Cli.Commands;

/// <summary><c>bcf keys add --role lead|contributor [--contributor ID] [--area AREA] [--name NAME] [--data DIR]</c>: a new API key for
/// <c>bcf serve</c>; prints the key once and stores only its SHA-256 in <c>{data}/users.json</c>.</summary>
public static class KeysCommand
{
    public static Command Create(CliContext context)
    {
        var role = new Option<string>("--role") { Description = "lead or contributor.", Required = true, HelpName = "ROLE" };
        role.AcceptOnlyFromAmong("lead", "contributor");
        var contributor = new Option<string?>("--contributor") { Description = "The contributor's id in the plan (for --role contributor).", HelpName = "ID" };
        var name = new Option<string?>("--name") { Description = "Who holds the key (shown in the audit log).", HelpName = "NAME" };
        var area = new Option<string?>("--area") { Description = "The area the key works in (e.g. Leicestershire): required for a contributor; omit for a lead of every area.", HelpName = "AREA" };
        var data = ServeCommand.DataOption();
        var add = new Command("add", "Create a key, print it once and store its SHA-256 in {data}/users.json (restart bcf serve to use it).")
        {
            role, contributor, name, area, data,
        };
        add.SetAction(parsed => Add(context, parsed.GetValue(role)!, parsed.GetValue(contributor), parsed.GetValue(name), parsed.GetValue(area), parsed.GetValue(data)!));
        return new Command("keys", "Manage the API keys of bcf serve.") { add };
    }

    static int Add(CliContext context, string role, string? contributorId, string? name, string? area, string dataDir)
    {
        if (role == "contributor" && string.IsNullOrWhiteSpace(contributorId))
        {
            context.Error.WriteLine("bcf keys add: --role contributor needs --contributor ID.");
            return ExitCodes.Usage;
        }
        if (role == "contributor" && string.IsNullOrWhiteSpace(area))
        {
            // A contributor id is unique only within an area's plan: an unscoped "blaby" could submit into any area.
            context.Error.WriteLine("bcf keys add: --role contributor needs --area AREA (the area whose plan names the contributor, e.g. --area Leicestershire).");
            return ExitCodes.Usage;
        }

        string key = LocalUsersFile.AddUser(dataDir, role, role == "contributor" ? contributorId : null, name, area);
        context.Out.WriteLine(key);
        context.Error.WriteLine($"Stored the SHA-256 of this {role} key in {LocalUsersFile.PathIn(dataDir)}; the key is not kept anywhere: save it now.");
        if (string.IsNullOrWhiteSpace(name))
        {
            context.Error.WriteLine($"No --name given: the pages and the audit trail will call its holder '{(role == "contributor" ? contributorId : role)}'. "
                + "To show a person's name, make the key again with --name, e.g. --name \"Sam Patel (Blaby DFG)\".");
        }
        return ExitCodes.Success;
    }
}
