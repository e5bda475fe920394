using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// The portal builds its API types from portal/openapi/v1.json (portal/scripts/generate-api-types.mjs), a copy of the
/// gateway's /openapi/v1.json kept in the repository so a fresh clone builds offline. This test keeps the copy honest:
/// when an endpoint or a response shape changes, it fails until the copy is refreshed, and the portal's type check then
/// shows every page the change touches. Refresh with
/// <c>VG_UPDATE_OPENAPI=1 dotnet test src/Grains.Tests --filter FullyQualifiedName~PortalOpenApiTests</c> (with VG_TEST_DB set).
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class PortalOpenApiTests(GatewayFixture fixture)
{
    private static readonly string CopyPath = Path.Combine(RepositoryPaths.Root, "portal", "openapi", "v1.json");

    [Fact]
    public async Task ThePortalsCopy_IsTheGatewaysDocument()
    {
        var served = JsonNode.Parse(await fixture.Client().GetStringAsync("/openapi/v1.json"))!.AsObject();
        served.Remove("servers"); // the address it was served from, not part of the API
        if (Environment.GetEnvironmentVariable("VG_UPDATE_OPENAPI") == "1")
            await File.WriteAllTextAsync(CopyPath, served.ToJsonString(new JsonSerializerOptions
                { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");

        var copy = JsonNode.Parse(await File.ReadAllTextAsync(CopyPath));

        Assert.True(JsonNode.DeepEquals(served, copy),
            "portal/openapi/v1.json differs from the gateway's /openapi/v1.json: refresh it with " +
            "VG_UPDATE_OPENAPI=1 dotnet test src/Grains.Tests --filter FullyQualifiedName~PortalOpenApiTests, then build the portal " +
            $"(npm run build in portal/) and fix what its type check reports. First difference: {FirstDifference(served, copy, "$")}");
    }

    private static string FirstDifference(JsonNode? a, JsonNode? b, string path)
    {
        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var key in oa.Select(p => p.Key).Union(ob.Select(p => p.Key)))
                if (!JsonNode.DeepEquals(oa[key], ob[key])) return FirstDifference(oa[key], ob[key], $"{path}.{key}");
            return path;
        }
        return $"{path}: served {a?.ToJsonString() ?? "nothing"}, copy {b?.ToJsonString() ?? "nothing"}";
    }
}
