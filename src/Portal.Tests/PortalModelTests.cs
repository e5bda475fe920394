using System.Diagnostics;
using System.Text.RegularExpressions;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// The portal's Node tests (portal/tests/*.test.ts, `npm test`), run from here so that `./vg test` counts them: among
/// them the editor's round trip of the five seeds through its form controls (issue 18 §2, no raw JSON in the editor) and
/// its local checks of the line items.
/// </summary>
public sealed class PortalModelTests
{
    [Fact]
    public async Task ThePortalsNodeTests_Pass_TheFiveSeedsRoundTripThroughTheEditorsForms()
    {
        var portal = Path.Combine(RepositoryPaths.Root, "portal");
        Assert.True(Directory.Exists(Path.Combine(portal, "node_modules", "vite")), "portal/node_modules is missing: `./vg test` or `cd portal && npm ci` installs it");
        var start = new ProcessStartInfo("node", ["scripts/test-node.mjs"])
        {
            WorkingDirectory = portal, RedirectStandardOutput = true, RedirectStandardError = true,
            Environment = { ["VG_SEEDS"] = RepositoryPaths.Seeds },
        };
        using var node = Process.Start(start)!;
        var error = node.StandardError.ReadToEndAsync();
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        var report = output + await error;
        Assert.True(node.ExitCode == 0, report);
        Assert.Equal("0", Regex.Match(report, @"^# fail (\d+)", RegexOptions.Multiline).Groups[1].Value);
        // Per seed: its round trip and the local checks; then the count of seeds and the unit tests beside them.
        Assert.True(int.Parse(Regex.Match(report, @"^# pass (\d+)", RegexOptions.Multiline).Groups[1].Value) >= 13, report);
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds, "*.json").Select(Path.GetFileName))
            Assert.Matches($@"(?m)^ok \d+ - {Regex.Escape(seed!)}: every member is shown in a form control", report);
    }
}
