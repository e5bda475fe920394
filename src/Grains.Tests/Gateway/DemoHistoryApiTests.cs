using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using VendorGrid.Silo.Seeding;
using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 20 §6: the demo history played through the contract commands on a cluster whose clock says 2026-06-16, read
/// back through the API as a user would see it; a second run records nothing.
/// </summary>
public sealed class DemoHistoryApiTests
{
    private const string C2 = "c2-chaoyang-his-2026", Hospital = "121100004006863122";

    [Fact]
    public async Task TheDemoHistory_GivesC2AConfirmedAndADisputedPenaltyAndIssuedStatements_AndASecondRunAddsNothing()
    {
        await using var gateway = await GatewayFixture.StartAtAsync(DateTimeOffset.Parse("2026-06-16T10:00:00+08:00", CultureInfo.InvariantCulture));
        var warnings = new WarningList();
        var seeder = new DemoHistorySeeder(gateway.Cluster.Grains, _ => CalendarTestData.NationalCalendar, gateway.Clock, warnings);

        var first = await seeder.SeedAsync(RepositoryPaths.Seeds);
        var c2 = first.Single(r => r.Contract == C2);
        Assert.Equal(0, c2.AlreadyRecorded);
        Assert.True(first.All(r => r.Refused == 0), string.Join("\n", warnings.Lines));

        var admin = gateway.Client(Tokens.For(gateway, "institution-admin", institution: Hospital));
        var ledger = await admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{C2}/ledger");
        var statuses = ledger.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("status").GetString()).ToList();
        Assert.Contains("confirmed", statuses);
        Assert.Contains("disputed", statuses);
        var confirmed = ledger.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("status").GetString() == "confirmed");
        Assert.Equal(("c2-subcontracting", 50_000m), (confirmed.GetProperty("clauseId").GetString(), confirmed.GetProperty("amount").GetDecimal()));

        var statements = await admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{C2}/statements");
        var issued = statements.EnumerateArray().Where(s => s.GetProperty("issuedAt").ValueKind != JsonValueKind.Null)
            .Select(s => (s.GetProperty("month").GetString(), s.GetProperty("closedAt").ValueKind != JsonValueKind.Null)).Order().ToList();
        Assert.Equal([("2026-04", true), ("2026-05", false)], issued);

        // C1's one vacancy (a customer-service seat, charged for 2016-11-22 and 11-23: 2 days × ¥2,000): posted once, at
        // ¥4,000.00, and never adjusted — the team came into force whole, so no half-acknowledged role posted a vacancy.
        var childrens = gateway.Client(Tokens.For(gateway, "institution-admin", institution: "12110000400686566Y"));
        var c1Ledger = await childrens.GetFromJsonAsync<JsonElement>("/api/contracts/c1-childrens-internet-hospital-2016/ledger");
        Assert.Equal([(4_000.00m, 0)], c1Ledger.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("clauseId").GetString() == "c1-vacancy-refill")
            .Select(e => (e.GetProperty("net").GetDecimal(), e.GetProperty("adjustments").GetArrayLength())));

        var second = await seeder.SeedAsync(RepositoryPaths.Seeds);
        Assert.All(second, r => Assert.Equal((r.Contract, 0), (r.Contract, r.Recorded)));
        Assert.Equal(c2.Recorded, second.Single(r => r.Contract == C2).AlreadyRecorded);
    }
}

/// <summary>The seeder's warnings (each refused command with its reason), for the assertion message.</summary>
internal sealed class WarningList : Microsoft.Extensions.Logging.ILogger<DemoHistorySeeder>
{
    public List<string> Lines { get; } = [];
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => logLevel >= Microsoft.Extensions.Logging.LogLevel.Warning;
    public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) lock (Lines) Lines.Add(formatter(state, exception));
    }
}
