using System.Security.Cryptography;
using System.Text;

namespace CeasefireMonitor.Api.Security;

/// <summary>
/// The API key from configuration (Api:Key, or CEASEFIRE_API_KEY). There is no default: without a key, writes are refused.
/// Reads are open unless Api:ProtectReads is true.
/// </summary>
public sealed class ApiKey(byte[]? keyHash, bool protectReads)
{
    public const string Header = "X-Api-Key";

    public bool IsConfigured => keyHash is not null;
    public bool ProtectReads { get; } = protectReads;

    public static ApiKey From(IConfiguration configuration)
    {
        var key = configuration["Api:Key"] ?? configuration["API_KEY"];
        return new ApiKey(string.IsNullOrEmpty(key) ? null : Hash(key), configuration.GetValue("Api:ProtectReads", false));
    }

    /// <summary>Compares hashes in constant time, so neither the key's content nor its length leaks through timing.</summary>
    public bool Matches(string? presented) =>
        keyHash is not null && presented is not null && CryptographicOperations.FixedTimeEquals(keyHash, Hash(presented));

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
