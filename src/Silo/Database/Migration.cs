using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace VendorGrid.Silo.Database;

/// <summary>One numbered SQL script from db/migrations, e.g. <c>0002_orleans_persistence.sql</c>.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script with line endings normalised, so a checkout on Windows still matches.</summary>
    public string Checksum { get; } =
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    /// <summary>The scripts embedded in this assembly (see the csproj), ordered by version.</summary>
    public static IReadOnlyList<Migration> Embedded()
    {
        var assembly = typeof(Migration).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("migrations/", StringComparison.Ordinal))
            .Select(name => FromResource(assembly, name))
            .OrderBy(m => m.Version)
            .ToList();
    }

    private static Migration FromResource(Assembly assembly, string resource)
    {
        var fileName = Path.GetFileNameWithoutExtension(resource["migrations/".Length..]);
        var separator = fileName.IndexOf('_');
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return new Migration(int.Parse(fileName[..separator]), fileName[(separator + 1)..], reader.ReadToEnd());
    }
}
