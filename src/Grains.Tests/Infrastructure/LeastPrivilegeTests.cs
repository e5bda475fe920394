using Npgsql;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>
/// Issue 17, item 10: the role silos and gateways connect as reads and writes rows, and can neither change the schema
/// nor get around the append-only guarantees (dropping or disabling a trigger, truncating, updating the audit trail).
/// The migration role owns every table and trigger.
/// </summary>
public sealed class LeastPrivilegeTests() : DatabaseTest("privilege")
{
    private async Task<string?> AsAppAsync(string sql)
    {
        await using var app = NpgsqlDataSource.Create(Database.AppConnectionString);
        try
        {
            await using var command = app.CreateCommand(sql);
            await command.ExecuteNonQueryAsync();
            return null;
        }
        catch (PostgresException e)
        {
            return e.SqlState;
        }
    }

    [Theory]
    [InlineData("DROP TRIGGER contract_facts_append_only ON vg.contract_facts")]
    [InlineData("ALTER TABLE vg.audit_log DISABLE TRIGGER audit_log_append_only")]
    [InlineData("DROP TABLE vg.audit_log")]
    [InlineData("TRUNCATE vg.audit_log")]
    [InlineData("TRUNCATE vg.contract_facts")]
    [InlineData("UPDATE vg.audit_log SET status = 200")]
    [InlineData("DELETE FROM vg.contract_facts")]
    [InlineData("UPDATE vg.evidence_blobs SET content_type = 'text/html'")]
    [InlineData("DELETE FROM vg.evidence_attachments")]
    [InlineData("TRUNCATE vg.evidence_blobs")]
    [InlineData("CREATE TABLE vg.shadow (x integer)")]
    [InlineData("CREATE TABLE public.shadow (x integer)")]
    [InlineData("CREATE SCHEMA shadow")]
    [InlineData("ALTER TABLE vg.webhooks ADD COLUMN x integer")]
    [InlineData("CREATE OR REPLACE FUNCTION vg.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$")]
    [InlineData("DROP TABLE hangfire.job")]
    [InlineData("DELETE FROM vg_schema_migrations")]
    public async Task TheAppRole_IsRefused(string sql) =>
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, await AsAppAsync(sql));

    [Theory]
    [InlineData("INSERT INTO vg.audit_log (subject, method, route, request_id, status) VALUES ('t', 'POST', '/api/x', 'r', 200)")]
    [InlineData("SELECT count(*) FROM vg.audit_log")]
    [InlineData("INSERT INTO vg.evidence_blobs (sha256, content, size, content_type) VALUES (encode(sha256('x'), 'hex'), 'x', 1, 'text/plain')")]
    [InlineData("SELECT count(*) FROM vg.evidence_attachments")]
    [InlineData("INSERT INTO vg.webhooks (owner, url) VALUES ('vendor:v', 'http://8.8.8.8/')")]
    [InlineData("UPDATE vg.webhooks SET active = false")]
    [InlineData("DELETE FROM vg.idempotency_keys")]
    [InlineData("SELECT count(*) FROM orleansquery")]
    [InlineData("SELECT count(*) FROM hangfire.job")]
    public async Task TheAppRole_ReadsAndWritesRows(string sql) => Assert.Null(await AsAppAsync(sql));

    [Fact]
    public async Task TheMigrationRole_OwnsEveryTableAndFunction_AndTheAppRoleOwnsNothing()
    {
        var owners = await Database.ScalarAsync<string>("""
            SELECT string_agg(DISTINCT pg_get_userbyid(c.relowner), ',') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname IN ('vg', 'orleans', 'hangfire') AND c.relkind IN ('r', 'S')
            """);
        var appOwns = await Database.ScalarAsync<long>($"""
            SELECT (SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = '{PostgresServer.AppRole}'))
                 + (SELECT count(*) FROM pg_proc WHERE proowner = (SELECT oid FROM pg_roles WHERE rolname = '{PostgresServer.AppRole}'))
            """);

        Assert.Equal(new Npgsql.NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString).Username, owners);
        Assert.Equal(0L, appOwns);
    }

    [Fact]
    public async Task TheAppRole_SeesACurrentSchemaAsCurrent_WithoutAnyDdl()
    {
        await using var app = NpgsqlDataSource.Create(Database.AppConnectionString);

        var applied = await new VendorGrid.Silo.Database.MigrationRunner(app, Microsoft.Extensions.Logging.Abstractions.NullLogger<VendorGrid.Silo.Database.MigrationRunner>.Instance)
            .ApplyAsync(VendorGrid.Silo.Database.Migration.Embedded());

        Assert.Empty(applied);
    }
}
