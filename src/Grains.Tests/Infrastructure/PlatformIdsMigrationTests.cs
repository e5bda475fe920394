using Microsoft.Extensions.Logging.Abstractions;
using VendorGrid.Silo.Database;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>Migration 0015 on a database written before it: every stored contract's and engineer's id is listed with its holder for the registry to adopt.</summary>
public sealed class PlatformIdsMigrationTests
{
    [Fact]
    public async Task ContractsAndEngineersStoredBeforeTheRegistry_AreListedWithTheirHolders_OtherGrainsAreNot()
    {
        await using var database = await TestDatabase.CreateAsync("engineer-ids", migrate: false);
        await using var source = database.CreateDataSource();
        var runner = new MigrationRunner(source, NullLogger<MigrationRunner>.Instance);
        await runner.ApplyAsync([.. Migration.Embedded().Where(m => m.Version < 15)]);
        foreach (var (state, key) in new[] { ("engineer-state", "vend-b/han-zhaodong"), ("engineer-state", "91110106MA01A51E7B/han-zhaodong"),
                     ("engineer-state", "vend-b/li-wei"), ("vendor-state", "vend-b"), ("institution-state", "inst-a/han-zhaodong") })
            await database.ScalarAsync<int>($"""
                INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string,
                                                 grain_id_extension_string, payload_binary, version)
                VALUES ('vendorgrid', 1, hashtext('{key}'), 0, 0, '{state}', '{key}', '\x00', 1) RETURNING 1
                """);

        foreach (var key in new[] { "inst-b/c2-chaoyang-his-2026", "121100004006863122/c2-chaoyang-his-2026", "inst-b/c1-other" })
            await database.ScalarAsync<int>($"INSERT INTO vg.contract_definitions (contract_key, version, definition) VALUES ('{key}', 1, '{{}}') RETURNING 1");

        await runner.ApplyAsync(Migration.Embedded());

        var listed = await database.ScalarAsync<string>(
            "SELECT string_agg(kind || ':' || id || '@' || holder, ' ' ORDER BY kind, id, holder COLLATE \"C\") FROM vg.platform_ids_before_registry");
        Assert.Equal("contract:c1-other@inst-b contract:c2-chaoyang-his-2026@121100004006863122 contract:c2-chaoyang-his-2026@inst-b " +
            "engineer:han-zhaodong@91110106MA01A51E7B engineer:han-zhaodong@vend-b engineer:li-wei@vend-b", listed);
    }
}
