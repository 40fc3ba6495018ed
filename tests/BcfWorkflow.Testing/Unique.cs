namespace BcfWorkflow.Testing;

/// <summary>Names that keep tests apart on the shared Azurite.</summary>
public static class Unique
{
    public static string CycleId() => $"test-{Guid.NewGuid():N}"[..17];

    /// <summary>Task hub names are letters and digits, starting with a letter.</summary>
    public static string TaskHub() => $"t{Guid.NewGuid():N}"[..16];
}
