using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;

namespace VendorGrid.Gateway.Security;

/// <summary>
/// The public keys gateways verify tokens with (VG_JWT_PUBLIC_KEYS): a PEM file of one or more EC P-256
/// "PUBLIC KEY" blocks. Two blocks are two keys live at once, which is how a key is rotated: add the new public key,
/// start signing with the new private key, drop the old public key once its last token has expired. A gateway never
/// holds a private key, so a gateway compromise cannot mint tokens; the file is refused if it contains one.
/// </summary>
public static partial class PublicKeyFile
{
    [GeneratedRegex("-----BEGIN PUBLIC KEY-----[^-]+-----END PUBLIC KEY-----")]
    private static partial Regex PublicKeyBlock();

    /// <summary>The keys, each with its RFC 7638 thumbprint as key id (what `vg token` writes as kid).</summary>
    public static IReadOnlyList<ECDsaSecurityKey> Load(string path)
    {
        var pem = File.ReadAllText(path);
        if (pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
            throw new InvalidDataException($"{path} holds a private key; a gateway verifies with public keys only (openssl ec -in key.pem -pubout)");
        var keys = PublicKeyBlock().Matches(pem).Select(m => FromPem(m.Value, path)).ToList();
        if (keys.Count == 0) throw new InvalidDataException($"{path} holds no PEM \"PUBLIC KEY\" block");
        return keys;
    }

    /// <summary>Why the file cannot be used, or null.</summary>
    public static string? Problem(string path)
    {
        try
        {
            Load(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or CryptographicException)
        {
            return $"VG_JWT_PUBLIC_KEYS: {e.Message}";
        }
    }

    private static ECDsaSecurityKey FromPem(string block, string path)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(block);
        if (ecdsa.KeySize != 256) throw new InvalidDataException($"{path}: every key must be EC P-256 (ES256)");
        var key = new ECDsaSecurityKey(ecdsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    /// <summary>The PEM of the public half of a signing key: what `vg up` gives its gateways.</summary>
    public static string PublicPem(ECDsaSecurityKey key) => key.ECDsa.ExportSubjectPublicKeyInfoPem();
}
