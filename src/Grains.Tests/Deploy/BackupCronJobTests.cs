using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace VendorGrid.Tests.Deploy;

/// <summary>
/// deploy/k8s/backup (issue 19): the nightly pg_dump CronJob renders with `kubectl kustomize`, runs hardened like the
/// other workloads, reads the database from the same vendorgrid-db Secret, and its script — run here with sh against
/// a stand-in pg_dump — turns the dev overlay's Npgsql connection string into libpq's PG* variables and keeps only
/// the newest KEEP dumps.
/// </summary>
public sealed class BackupCronJobTests
{
    private static readonly Lazy<List<YamlMappingNode>> Rendered = new(() =>
    {
        var kubectl = Run("bash", [Path.Combine(Root, "tools", "vg", "k8s-tools.sh")]).Trim().Split('\n')[^1];
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Run(kubectl, ["kustomize", Path.Combine(Root, "deploy", "k8s", "backup")])));
        return [.. yaml.Documents.Select(d => (YamlMappingNode)d.RootNode)];
    });

    private static YamlMappingNode CronJob => Rendered.Value.Single(o => Str(o, "kind") == "CronJob");

    private static YamlMappingNode Container =>
        (YamlMappingNode)((YamlSequenceNode)Node(CronJob, "spec", "jobTemplate", "spec", "template", "spec", "containers")).Children.Single();

    [Fact]
    public void TheCronJob_DumpsNightlyOneAtATime_AsANonRootReadOnlyContainer_OntoItsOwnVolume()
    {
        Assert.Equal(["v1/PersistentVolumeClaim/vendorgrid-backups", "batch/v1/CronJob/vendorgrid-backup"],
            Rendered.Value.Select(o => $"{Str(o, "apiVersion")}/{Str(o, "kind")}/{Str(o, "metadata", "name")}"));
        Assert.Equal(("30 18 * * *", "Forbid"), (Str(CronJob, "spec", "schedule"), Str(CronJob, "spec", "concurrencyPolicy")));
        Assert.Equal(("true", "999"), (Str(CronJob, "spec", "jobTemplate", "spec", "template", "spec", "securityContext", "runAsNonRoot"),
            Str(CronJob, "spec", "jobTemplate", "spec", "template", "spec", "securityContext", "runAsUser")));
        Assert.Equal(("true", "false"), (Str(Container, "securityContext", "readOnlyRootFilesystem"), Str(Container, "securityContext", "allowPrivilegeEscalation")));
        Assert.NotNull(Str(Container, "resources", "limits", "memory"));
        var db = Env(Container).Single(e => Str(e, "name") == "VG_DB");
        Assert.Equal(("vendorgrid-db", "connection-string"), (Str(db, "valueFrom", "secretKeyRef", "name"), Str(db, "valueFrom", "secretKeyRef", "key")));
        var volume = ((YamlSequenceNode)Node(CronJob, "spec", "jobTemplate", "spec", "template", "spec", "volumes")).Children.Cast<YamlMappingNode>()
            .Single(v => Str(v, "name") == "backups");
        Assert.Equal("vendorgrid-backups", Str(volume, "persistentVolumeClaim", "claimName"));
    }

    [Fact]
    public void TheScript_GivesPgDumpTheConnectionStringsParts_AndKeepsTheNewestDumps()
    {
        var dir = Directory.CreateTempSubdirectory("vg-backup-cronjob-").FullName;
        try
        {
            var bin = Directory.CreateDirectory(Path.Combine(dir, "bin")).FullName;
            var backups = Directory.CreateDirectory(Path.Combine(dir, "backups")).FullName;
            // Stands in for pg_dump: writes the PG* variables it was given into the file it was asked for.
            File.WriteAllText(Path.Combine(bin, "pg_dump"), "#!/bin/sh\nfor a; do case $a in --file=*) f=${a#--file=} ;; esac; done\nenv | grep '^PG' | sort > \"$f\"\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(bin, "pg_dump"), (UnixFileMode)0b111_101_101);
            string[] old = ["vendorgrid-20260101T000000Z.dump", "vendorgrid-20260102T000000Z.dump", "vendorgrid-20260103T000000Z.dump"];
            for (var i = 0; i < old.Length; i++)
            {
                File.WriteAllText(Path.Combine(backups, old[i]), "old");
                File.SetLastWriteTimeUtc(Path.Combine(backups, old[i]), new DateTime(2026, 1, 1 + i, 0, 0, 0, DateTimeKind.Utc));
            }
            var script = Str(Container, "args")!;

            Run("sh", ["-c", script], new()
            {
                ["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}", ["BACKUP_DIR"] = backups, ["KEEP"] = "2",
                // The dev overlay's connection string (deploy/k8s/overlays/dev/kustomization.yaml), with an SSL mode.
                ["VG_DB"] = "Host=vendorgrid-postgres;Port=5432;Database=vendorgrid;Username=vendorgrid;Password=dev-only-placeholder-not-a-secret;SSL Mode=VerifyFull",
            });

            var kept = Directory.GetFiles(backups).Select(Path.GetFileName).Order().ToList();
            Assert.Equal(2, kept.Count);
            Assert.Contains(old[2], kept);
            var fresh = kept.Single(f => f != old[2])!;
            Assert.Matches(@"^vendorgrid-\d{8}T\d{6}Z\.dump$", fresh);
            Assert.Equal(["PGDATABASE=vendorgrid", "PGHOST=vendorgrid-postgres", "PGPASSWORD=dev-only-placeholder-not-a-secret", "PGPORT=5432",
                "PGSSLMODE=verify-full", "PGUSER=vendorgrid"], File.ReadAllLines(Path.Combine(backups, fresh)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static IEnumerable<YamlMappingNode> Env(YamlMappingNode container) =>
        ((YamlSequenceNode)container.Children[new YamlScalarNode("env")]).Children.Cast<YamlMappingNode>();

    private static YamlNode Node(YamlMappingNode node, params string[] path) =>
        path.Aggregate((YamlNode)node, (n, key) => ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

    private static string? Str(YamlMappingNode node, params string[] path)
    {
        try
        {
            return Node(node, path) switch
            {
                YamlScalarNode s => s.Value,
                YamlSequenceNode q => string.Join('\n', q.Children.OfType<YamlScalarNode>().Select(s => s.Value)),
                _ => null,
            };
        }
        catch (KeyNotFoundException) { return null; }
    }

    private static string Root => Infrastructure.RepositoryPaths.Root;

    private static string Run(string file, string[] args, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment ?? []) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} exited {process.ExitCode}: {stderr.Result}");
        return stdout;
    }
}
