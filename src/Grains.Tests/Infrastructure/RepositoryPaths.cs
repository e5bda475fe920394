namespace VendorGrid.Tests.Infrastructure;

/// <summary>Locations in the checkout, found from the test assembly's directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The five contracts of ../shared/seeds, fully modeled (seeds/README.md).</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Golden => Path.Combine(Root, "src", "Grains.Tests", "Serialization", "Golden");

    /// <summary>The silo built in the same configuration as these tests.</summary>
    public static string SiloAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(Root, "src", "Silo", "bin", configuration, "net10.0", "VendorGrid.Silo.dll");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "VendorGrid.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"VendorGrid.sln not found above {AppContext.BaseDirectory}");
    }
}
