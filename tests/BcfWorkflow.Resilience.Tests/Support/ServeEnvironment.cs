using BcfWorkflow.Testing.Server;

namespace BcfWorkflow.Resilience.Tests.Support;

/// <summary>The environment of a <c>bcf serve</c> under test: the area's keys (<c>Auth__Users__N__Key</c>, Role,
/// Contributor), a task hub of its own, short partition leases and a schedule in seconds.</summary>
public static class ServeEnvironment
{
    /// <summary>Leases a killed host leaves behind expire after this long, so the next host resumes quickly.</summary>
    public const string LeaseSeconds = "3";

    public static Dictionary<string, string> For(TestArea area, string taskHub)
    {
        var environment = area.Users().ToDictionary(
            setting => setting.Key.Replace(":", "__", StringComparison.Ordinal),
            setting => setting.Value ?? "");
        environment["DurableTask__HubName"] = taskHub;
        environment["DurableTask__LeaseIntervalSeconds"] = LeaseSeconds;
        environment["Api__Schedule__ReminderOffsets__0"] = "-00:00:02";
        environment["Api__Schedule__ReminderOffsets__1"] = "00:00:00";
        environment["Api__Schedule__GracePeriod"] = "00:00:03";
        environment["Api__Schedule__SignOffReminderInterval"] = "00:00:05";
        environment["Api__Schedule__SendBackAllowance"] = "00:00:10";
        return environment;
    }
}
