using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace VendorGrid.Gateway.Security;

/// <summary>
/// The local EC P-256 signing key (ES256), a PEM file in the data directory: generated on first use, never
/// committed. The gateway validates with it and `./vg token` signs with it.
/// </summary>
public static class SigningKeyFile
{
    public static ECDsaSecurityKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
            TryCreate(path);
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        var securityKey = new ECDsaSecurityKey(key);
        securityKey.KeyId = Base64UrlEncoder.Encode(securityKey.ComputeJwkThumbprint());
        return securityKey;
    }

    /// <summary>Writes a new key atomically; if another process won the race, its key is kept.</summary>
    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, key.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
