using System.Text.RegularExpressions;
using System.Xml.Linq;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Deploy;

/// <summary>
/// The Dockerfiles read statically (no Docker engine runs here): multi-stage, built from a clean checkout (every
/// file they copy exists in the repository and no build output comes from the host), every project the published
/// one references is copied before the build, and the gateway image carries the portal it builds itself.
/// </summary>
public sealed class DockerfileTests
{
    public static TheoryData<string, string> Images => new()
    {
        { "Silo.Dockerfile", "src/Silo/VendorGrid.Silo.csproj" },
        { "Gateway.Dockerfile", "src/Gateway/VendorGrid.Gateway.csproj" },
    };

    [Theory, MemberData(nameof(Images))]
    public void EveryImage_IsMultiStage_CopiesOnlyWhatTheCheckoutHas_AndRunsTheProjectsAssemblyAsNonRoot(string dockerfile, string project)
    {
        var lines = Instructions(dockerfile);
        var stages = lines.Where(l => l.Op == "FROM").Select(l => Regex.Match(l.Args, @"\bAS\s+(\S+)$", RegexOptions.IgnoreCase).Groups[1].Value).ToList();
        Assert.True(stages.Count >= 2, $"{dockerfile} is not multi-stage");
        Assert.All(stages, name => Assert.False(string.IsNullOrEmpty(name), $"{dockerfile}: a stage without a name"));

        foreach (var copy in lines.Where(l => l.Op == "COPY" && !l.Args.StartsWith("--from=", StringComparison.Ordinal)))
        {
            var sources = copy.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1];
            foreach (var source in sources)
                Assert.True(Directory.EnumerateFileSystemEntries(RepositoryPaths.Root, source.TrimEnd('/'), new EnumerationOptions { RecurseSubdirectories = false }).Any()
                    || Glob(source).Any(), $"{dockerfile}: COPY {source} matches nothing in a checkout");
        }
        var ignored = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "deploy", "docker", dockerfile + ".dockerignore"));
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);

        var runtime = lines.SkipWhile(l => l != lines.Last(l => l.Op == "FROM")).ToList();
        Assert.Contains(runtime, l => l.Op == "USER" && l.Args == "$APP_UID");
        var assembly = Path.GetFileNameWithoutExtension(project) + ".dll";
        Assert.Contains(runtime, l => l.Op == "ENTRYPOINT" && l.Args.Contains($"\"{assembly}\"", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Images))]
    public void EveryProjectThePublishedOneNeeds_IsCopiedBeforeTheBuild(string dockerfile, string project)
    {
        var copied = Instructions(dockerfile).Where(l => l.Op == "COPY").Select(l => l.Args).ToList();
        foreach (var needed in ProjectClosure(project))
        {
            var folder = Path.GetDirectoryName(needed)!.Replace('\\', '/') + "/";
            Assert.Contains(copied, args => args.StartsWith(folder + " ", StringComparison.Ordinal));
            Assert.Contains(copied, args => args.StartsWith(needed + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheGatewayImage_BuildsThePortalFromItsLockFile_AndServesItFromTheImage()
    {
        var lines = Instructions("Gateway.Dockerfile");
        var portalStage = lines.SkipWhile(l => !(l.Op == "FROM" && l.Args.EndsWith(" AS portal", StringComparison.Ordinal))).Skip(1)
            .TakeWhile(l => l.Op != "FROM").ToList();
        Assert.Contains(portalStage, l => l.Op == "COPY" && l.Args.Contains("portal/package-lock.json", StringComparison.Ordinal));
        Assert.Contains(portalStage, l => l.Op == "RUN" && l.Args.StartsWith("npm ci", StringComparison.Ordinal));
        Assert.Contains(portalStage, l => l.Op == "RUN" && l.Args == "npm run build");

        var runtime = lines.SkipWhile(l => l != lines.Last(l => l.Op == "FROM")).ToList();
        var copy = Assert.Single(runtime, l => l.Op == "COPY" && l.Args.StartsWith("--from=portal ", StringComparison.Ordinal));
        var target = copy.Args.Split(' ')[^1];
        Assert.Contains(runtime, l => l.Op == "ENV" && l.Args.Contains($"VG_PORTAL_DIR={target}", StringComparison.Ordinal));
        // A portal built on the host (possibly stale) never reaches the image.
        Assert.Contains("portal/dist/", File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "deploy", "docker", "Gateway.Dockerfile.dockerignore")));
        Assert.Contains("**/node_modules/", File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "deploy", "docker", "Gateway.Dockerfile.dockerignore")));
    }

    [Fact]
    public void TheSiloImage_OpensItsOperatorsPort()
    {
        var runtime = Instructions("Silo.Dockerfile");
        Assert.Contains(runtime, l => l.Op == "ENV" && l.Args.Contains("VG_SILO_HTTP_PORT=8081", StringComparison.Ordinal));
        Assert.Contains(runtime, l => l.Op == "EXPOSE" && l.Args.Split(' ').Contains("8081"));
    }

    private sealed record Instruction(string Op, string Args);

    /// <summary>The Dockerfile's instructions, comments dropped and backslash continuations joined.</summary>
    private static List<Instruction> Instructions(string dockerfile)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "docker", dockerfile));
        var joined = Regex.Replace(string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith('#'))), @"\\\s*\n\s*", " ");
        return joined.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => l.Split(' ', 2)).Select(p => new Instruction(p[0].ToUpperInvariant(), p.Length > 1 ? p[1].Trim() : "")).ToList();
    }

    private static IEnumerable<string> Glob(string pattern)
    {
        var directory = Path.Combine(RepositoryPaths.Root, Path.GetDirectoryName(pattern) ?? "");
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory, Path.GetFileName(pattern)) : [];
    }

    /// <summary>The project and every project it references, transitively, as repository-relative paths.</summary>
    private static IEnumerable<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>();
        var todo = new Stack<string>([project]);
        while (todo.TryPop(out var next))
        {
            if (!seen.Add(next)) continue;
            var folder = Path.GetDirectoryName(next)!;
            foreach (var reference in XDocument.Load(Path.Combine(RepositoryPaths.Root, next)).Descendants("ProjectReference"))
                todo.Push(Path.GetRelativePath(RepositoryPaths.Root, Path.GetFullPath(Path.Combine(RepositoryPaths.Root, folder, reference.Attribute("Include")!.Value.Replace('\\', '/')))).Replace('\\', '/'));
        }
        return seen;
    }
}
