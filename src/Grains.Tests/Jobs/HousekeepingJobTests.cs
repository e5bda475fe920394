using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VendorGrid.Silo.Jobs;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Jobs;

public sealed class HousekeepingJobTests() : DatabaseTest("housekeeping")
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 19, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task RemovesOnlyWhatOutlivedItsRetention_AndLeavesTheAuditLogAlone()
    {
        await Execute("""
            WITH account AS (
              INSERT INTO vg.accounts (username, display_name, created_at, created_by) VALUES ('li@hospital.example', '李雷', $1, 'test') RETURNING id)
            INSERT INTO vg.account_memberships (account_id, role, institution_id, created_at, created_by)
            SELECT id, 'institution-admin', 'inst-a', $1, 'test' FROM account
            """);
        await Execute("""
            INSERT INTO vg.account_sessions (token_hash, account_id, membership_id, csrf_hash, created_at, expires_at, revoked_at)
            SELECT decode(h, 'hex'), (SELECT id FROM vg.accounts), (SELECT id FROM vg.account_memberships), '\x00', $1 - interval '30 days', e, r
              FROM (VALUES ('01', $1 - interval '8 days', NULL::timestamptz),  -- expired 8 days ago: gone
                           ('02', $1 - interval '6 days', NULL),               -- expired 6 days ago: kept a while
                           ('03', $1 + interval '1 day',  $1 - interval '9 days'), -- logged out 9 days ago: gone
                           ('04', $1 + interval '1 day',  NULL)) AS s(h, e, r)  -- live: kept
            """);
        await Execute("""
            INSERT INTO vg.account_invitations (token_hash, email, display_name, role, institution_id, invited_by, created_at, expires_at, accepted_at)
            VALUES ('\x11', 'a@h.example', '甲', 'institution-staff', 'inst-a', 'test', $1 - interval '40 days', $1 - interval '31 days', NULL),
                   ('\x12', 'b@h.example', '乙', 'institution-staff', 'inst-a', 'test', $1 - interval '40 days', $1 - interval '31 days', $1 - interval '35 days'),
                   ('\x13', 'c@h.example', '丙', 'institution-staff', 'inst-a', 'test', $1 - interval '10 days', $1 - interval '3 days', NULL)
            """);
        await Execute("""
            INSERT INTO vg.idempotency_keys (caller, key, request_hash, status, body, created_at)
            VALUES ('institution-admin:inst-a:li', 'old', 'h', 201, '\x', $1 - interval '8 days'),
                   ('institution-admin:inst-a:li', 'new', 'h', 201, '\x', $1 - interval '1 day')
            """);
        var auditRows = await Database.ScalarAsync<long>("SELECT count(*) FROM vg.audit_log");
        var job = new HousekeepingJob(Source, new FakeTimeProvider(Now), NullLogger<HousekeepingJob>.Instance);

        var first = await job.RunAsync();
        var second = await job.RunAsync();

        Assert.Equal(new HousekeepingResult(Sessions: 2, Invitations: 1, IdempotencyKeys: 1), first);
        Assert.Equal(new HousekeepingResult(0, 0, 0), second);
        Assert.Equal("02,04", await Database.ScalarAsync<string>(
            "SELECT string_agg(encode(token_hash, 'hex'), ',' ORDER BY token_hash) FROM vg.account_sessions"));
        Assert.Equal("b@h.example,c@h.example", await Database.ScalarAsync<string>(
            "SELECT string_agg(email, ',' ORDER BY email) FROM vg.account_invitations"));
        Assert.Equal("new", await Database.ScalarAsync<string>("SELECT string_agg(key, ',') FROM vg.idempotency_keys"));
        Assert.Equal(auditRows, await Database.ScalarAsync<long>("SELECT count(*) FROM vg.audit_log"));
    }

    [Fact]
    public async Task ForgetsDayOldSignInBackoffs_AndSpentResetLinks_KeepsWhatIsStillInForce()
    {
        await Execute("""
            INSERT INTO vg.accounts (username, display_name, created_at, created_by) VALUES ('han@vendor.example', '韩梅梅', $1, 'test');
            """);
        await Execute("""
            INSERT INTO vg.sign_in_backoff (account_key, client_key, failures, next_attempt_at, updated_at)
            VALUES ('\x01', '\x01', 9, $1 - interval '25 hours', $1 - interval '25 hours'),   -- idle for a day: gone
                   ('\x02', '\x01', 15, $1 + interval '10 minutes', $1 - interval '25 hours'), -- still waiting: kept
                   ('\x03', '\x01', 6, $1, $1 - interval '1 hour')                            -- recent: kept
            """);
        await Execute("""
            INSERT INTO vg.password_resets (token_hash, account_id, created_at, expires_at, used_at)
            SELECT decode(h, 'hex'), (SELECT id FROM vg.accounts), $1 - interval '9 days', e, NULL
              FROM (VALUES ('21', $1 - interval '8 days'), ('22', $1 - interval '1 day')) AS r(h, e)
            """);

        var result = await new HousekeepingJob(Source, new FakeTimeProvider(Now), NullLogger<HousekeepingJob>.Instance).RunAsync();

        Assert.Equal((1, 1), (result.SignInBackoffs, result.PasswordResets));
        Assert.Equal("02,03", await Database.ScalarAsync<string>(
            "SELECT string_agg(encode(account_key, 'hex'), ',' ORDER BY account_key) FROM vg.sign_in_backoff"));
        Assert.Equal("22", await Database.ScalarAsync<string>("SELECT string_agg(encode(token_hash, 'hex'), ',') FROM vg.password_resets"));
    }

    [Fact]
    public void IsRegisteredAsARecurringJob() => Assert.Contains(HousekeepingJob.RecurringId, RecurringJobRegistrar.Ids);

    private async Task Execute(string sql)
    {
        await using var command = Source.CreateCommand(sql);
        command.Parameters.Add(new() { Value = Now });
        await command.ExecuteNonQueryAsync();
    }
}
