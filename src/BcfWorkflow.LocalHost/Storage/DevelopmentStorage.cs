namespace BcfWorkflow.LocalHost.Storage;

/// <summary>Connection strings for the storage emulator's development account: with the public, well-known key (an
/// emulator someone else started), or with the private key our own emulator is started with.</summary>
public static class DevelopmentStorage
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>The emulator's public, documented key (not a secret).</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static string ConnectionString(string host, int blobPort, int queuePort, int tablePort, string accountKey = AccountKey) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={accountKey};" +
        $"BlobEndpoint=http://{host}:{blobPort}/{AccountName};" +
        $"QueueEndpoint=http://{host}:{queuePort}/{AccountName};" +
        $"TableEndpoint=http://{host}:{tablePort}/{AccountName};";
}
