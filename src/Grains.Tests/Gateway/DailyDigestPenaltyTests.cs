using Microsoft.Extensions.Logging.Abstractions;
using VendorGrid.Silo.Jobs;

namespace VendorGrid.Tests.Gateway;

/// <summary>Issue 5, daily digest: penalties proposed since yesterday, in both parties' inboxes and by e-mail to the contacts.</summary>
[Collection(GatewayCollection.Name)]
public sealed class DailyDigestPenaltyTests(GatewayFixture fixture)
{
    [Fact]
    public async Task ThePenaltyOfALateGoLive_IsInTheNextMorningsDigest_ForBothPartiesAndTheVendorsContact_OnceADay()
    {
        // DOMAIN.md §5 example 1: C2 live five days late → ¥22,125.00.
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        await c2.RecordAsync("""{ "id": "live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""");
        var entry = (await c2.GetAsync("ledger", "2026-04-10")).GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("clauseId").GetString() == "c2-late-performance");
        var proposedAt = entry.GetProperty("proposedAt").GetDateTimeOffset();
        var morning = proposedAt.AddHours(12);
        var date = $"{morning.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd}";
        await using var database = fixture.Cluster.Database.CreateDataSource();
        var job = new DailyDigestJob(database, fixture.Cluster.Grains, fixture.Clock, NullLogger<DailyDigestJob>.Instance);

        var created = await job.RunAsync(morning);
        var again = await job.RunAsync(morning.AddMinutes(10));

        Assert.True(created >= 3, $"created {created}");
        Assert.Equal(0, again);
        // The digest shows the amount as it stands that morning (the entry keeps accruing until the go-live).
        var amountThen = (await c2.GetAsync("ledger", morning.ToString("O"))).GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == entry.GetProperty("id").GetString()).GetProperty("amount").GetDecimal();
        var line = $"违约金 {VendorGrid.Domain.Money.Cny.Format(amountThen)}";
        var key = $"[{c2.Institution}/{c2.Id}]";
        foreach (var recipient in new[] { $"vendor:{c2.Vendor}:inbox", $"institution:{c2.Institution}:inbox", "hanzhaodong@capinfo.com.cn:email" })
        {
            var digest = await fixture.Cluster.Database.ScalarAsync<string>(
                $"SELECT title || E'\\n' || body FROM vg.notifications WHERE operation_key = '*:*:digest-{date}:{recipient}'");
            Assert.NotNull(digest);
            Assert.Contains("笔新违约金", digest, StringComparison.Ordinal);
            Assert.Contains(digest!.Split('\n'), l => l.StartsWith(line, StringComparison.Ordinal) && l.EndsWith(key, StringComparison.Ordinal));
        }
        Assert.Equal("pending", await fixture.Cluster.Database.ScalarAsync<string>(
            $"SELECT delivery FROM vg.notifications WHERE operation_key = '*:*:digest-{date}:hanzhaodong@capinfo.com.cn:email'"));
    }
}
