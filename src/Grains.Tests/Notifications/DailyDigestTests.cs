using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using VendorGrid.Grains.Reminders;
using VendorGrid.Silo.Jobs;
using VendorGrid.Silo.Storage;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Notifications;

/// <summary>Issue 5, daily digest: one inbox notification per party per day, what is due within 7 days and what is late.</summary>
public sealed class DailyDigestTests() : DatabaseTest("digest")
{
    private static readonly DateTimeOffset At0830 = new(2026, 12, 10, 8, 30, 0, TimeSpan.FromHours(8));

    private static DeadlineRow Row(string id, string recipient, DateTimeOffset due, string status) =>
        new(id, "inst-a", "vend-b", "vendor", recipient, $"义务 {id}", due, status, null, null);

    [Fact]
    public async Task EachPartyGetsOneDigestADay_ListingTheNextSevenDaysAndWhatIsLate()
    {
        var index = new PostgresDeadlineIndex(Source);
        await index.ReplaceAsync("inst-a/c-1", [
            Row("soon", "vendor:vend-b", At0830.AddDays(3), "open"),
            Row("later", "vendor:vend-b", At0830.AddDays(20), "open"),
            Row("late", "vendor:vend-b", At0830.AddDays(-2), "late"),
            Row("review", "institution:inst-a", At0830.AddDays(1), "open"),
        ]);
        var job = new DailyDigestJob(Source, null, new FakeTimeProvider(At0830), NullLogger<DailyDigestJob>.Instance);

        var first = await job.RunAsync(At0830);
        var again = await job.RunAsync(At0830.AddMinutes(5));
        var nextDay = await job.RunAsync(At0830.AddDays(1));

        // The next morning the institution's review falls due at that very instant, no longer "in the next 7 days".
        Assert.Equal((2, 0, 1), (first, again, nextDay));
        var body = (await Database.ScalarAsync<string>(
            "SELECT title || E'\\n' || body FROM vg.notifications WHERE operation_key = '*:*:digest-2026-12-10:vendor:vend-b:inbox'"))!;
        Assert.StartsWith("每日提醒：1 项 7 日内到期，1 项已逾期，0 笔新违约金", body, StringComparison.Ordinal);
        Assert.Contains("义务 soon — 2026-12-13 08:30", body, StringComparison.Ordinal);
        Assert.Contains("义务 late — 2026-12-08 08:30（已逾期）", body, StringComparison.Ordinal);
        Assert.DoesNotContain("later", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachActivePortalUserGetsItsOwnPartysDigestByEmail_Once()
    {
        await new PostgresDeadlineIndex(Source).ReplaceAsync("inst-a/c-1", [
            Row("soon", "vendor:vend-b", At0830.AddDays(3), "open"),
            Row("review", "institution:inst-a", At0830.AddDays(1), "open"),
        ]);
        await using (var insert = Source.CreateCommand("""
            WITH people (username, display_name, role, institution_id, vendor_id, disabled_at) AS (VALUES
              ('Li.Lei@hospital.example', '李雷', 'institution-staff', 'inst-a', NULL, NULL::timestamptz),
              ('han@vendor.example', '韩梅梅', 'vendor', NULL, 'vend-b', NULL),
              ('gone@hospital.example', '离职', 'institution-admin', 'inst-a', NULL, now()),
              ('admin@inst-a.local', '演示', 'institution-admin', 'inst-a', NULL, NULL),
              ('other@elsewhere.example', '他人', 'institution-admin', 'inst-z', NULL, NULL)),
            accounts AS (
              INSERT INTO vg.accounts (username, display_name, created_at, created_by, disabled_at)
              SELECT username, display_name, now(), 'test', disabled_at FROM people RETURNING id, username)
            INSERT INTO vg.account_memberships (account_id, role, institution_id, vendor_id, created_at, created_by)
            SELECT a.id, p.role, p.institution_id, p.vendor_id, now(), 'test' FROM accounts a JOIN people p USING (username)
            """))
            await insert.ExecuteNonQueryAsync();
        var job = new DailyDigestJob(Source, null, new FakeTimeProvider(At0830), NullLogger<DailyDigestJob>.Instance);

        await job.RunAsync(At0830);
        await job.RunAsync(At0830.AddMinutes(5));

        var emails = await Database.ScalarAsync<string>(
            "SELECT string_agg(address || '=' || recipient, ',' ORDER BY address) FROM vg.notifications WHERE channel = 'email'");
        // The staff member gets the institution's review, the vendor user the vendor's deadline; a disabled user,
        // a demo address and another institution's admin get nothing; the second run adds nothing.
        Assert.Equal("han@vendor.example=vendor:vend-b,li.lei@hospital.example=institution:inst-a", emails);
        var staffBody = await Database.ScalarAsync<string>("SELECT body FROM vg.notifications WHERE address = 'li.lei@hospital.example'");
        Assert.Contains("义务 review", staffBody, StringComparison.Ordinal);
        Assert.DoesNotContain("义务 soon", staffBody, StringComparison.Ordinal);
    }
}
