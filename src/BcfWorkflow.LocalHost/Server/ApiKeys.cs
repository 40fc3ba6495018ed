using System.Security.Cryptography;
using System.Text;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>New bearer keys and the SHA-256 form they are stored in.</summary>
public static class ApiKeys
{
    /// <summary>A new random key: "bcf_" and 40 hex digits (160 bits), safe in shells and headers.</summary>
    public static string New() => "bcf_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();

    public static string Sha256Hex(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();
}
