using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Force majeure as an event (issue items 10 and 12) and duties with no number (立即): C1 第十条, C3 13.1, C4 12.1–12.3; the
/// clauses DOMAIN.md listed as missing (C2 第九条第2款 address change, C4 13.1 talks, immediate reports).
/// </summary>
public sealed class ForceMajeureAndNoticeTests
{
    private static ContractDefinition Seed(string id) => Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, id + ".json")));

    private static readonly Lazy<ContractDefinition> C1 = new(() => Seed("c1-childrens-internet-hospital-2016"));
    private static readonly Lazy<ContractDefinition> C2 = new(() => Seed("c2-chaoyang-his-2026"));
    private static readonly Lazy<ContractDefinition> C4 = new(() => Seed("c4-health-commission-medadmin-ops-2024"));

    private static FactSketch Event(string id, string start, string? end, params string[] affected) =>
        Fact(id, FactTypes.ForceMajeure, start) with
        {
            StartedAt = At(start), EndedAt = end is null ? null : At(end),
            AffectedObligations = affected.Length == 0 ? null : [.. affected],
        };

    /// <summary>C4 12.1「则可根据受影响的程度顺延合同履行期限，这一期限应相当于事故所影响的时间」: a 10-day event moves the quarter's report by 10 days.</summary>
    [Fact]
    public void C4_AForceMajeureEvent_MovesTheAffectedDeadlinesByItsDuration()
    {
        var typhoon = Event("fm-1", "2024-09-01T00:00:00", "2024-09-11T00:00:00", "c4-quarterly-summary");
        var e = Evaluate(C4.Value, "2024-09-12T00:00:00", typhoon);
        var report = e.Obligations.Single(o => o.Id == "c4-quarterly-summary@2024-06-06");
        Assert.Equal((At("2024-09-15T23:59:59"), ObligationStatus.Open), (report.DueAt, report.Status));
        Assert.Equal(At("2024-12-05T23:59:59"), e.Obligations.Single(o => o.Id == "c4-monthly-summary@2024-11-06").DueAt);  // not affected
    }

    /// <summary>
    /// C3 13.1 / C4 12.1「但若一方违约在先，不得以此后发生不可抗力为由免除其违约责任」: C2's go-live due 03-22 moves only if the event began
    /// before the deadline; a delay already running keeps accruing through the event.
    /// </summary>
    [Theory]
    [InlineData("2026-03-01T00:00:00", "2026-03-11T00:00:00", "2026-04-01T23:59:59", 0)]
    [InlineData("2026-03-25T00:00:00", "2026-04-04T00:00:00", "2026-03-22T23:59:59", 191_750.00)]  // 10 days × ¥4,425 + the 10 %
    public void C2_OnlyADeadlineNotYetPassed_Moves(string start, string end, string due, double penalty)
    {
        var e = Evaluate(C2.Value, "2026-04-10T00:00:00", Event("fm", start, end, "c2-go-live"), WorkedExamplesTests.Met("c2-go-live", "2026-04-01T10:00:00"));
        Assert.Equal(At(due), e.Obligations.Single(o => o.Id == "c2-go-live").DueAt);
        Assert.Equal((decimal)penalty, e.Ledger.Where(l => l.ClauseId == "c2-late-performance").Sum(l => l.Amount));
    }

    /// <summary>C1 第十条第2款「一旦不可抗力事件的影响持续一百二十日（120）日以上，另一方有权书面通知受阻方当事人终止合同」: 以上 includes day 120.</summary>
    [Theory]
    [InlineData("2016-09-29T00:00:00", true)]   // 120 days
    [InlineData("2016-09-28T23:00:00", false)]  // 23 hours short
    public void C1_ForceMajeureLasting120DaysOrMore_GivesTheTerminationRight(string end, bool right)
    {
        var e = Evaluate(C1.Value, "2016-12-01T00:00:00", Event("fm", "2016-06-01T00:00:00", end));
        var termination = e.TerminationRights.SingleOrDefault(r => r.ClauseId == "c1-force-majeure-termination");
        Assert.Equal(right, termination is not null);
        if (right) Assert.Equal(At("2016-09-29T00:00:00"), termination!.Since);
    }

    /// <summary>C1 第十条第2款「受影响一方应在不可抗力事件发生后立即用书面形式通知对方」: 立即 has no number — open, met when recorded, never late.</summary>
    [Fact]
    public void C1_AnImmediateNotice_HasNoDueInstant_AndIsNeverLate()
    {
        var e = Evaluate(C1.Value, "2016-12-01T00:00:00", Event("fm", "2016-06-01T00:00:00", "2016-06-10T00:00:00"));
        var notice = e.Obligations.Single(o => o.Id == "c1-force-majeure-notice");
        Assert.Equal(((DateTimeOffset?)null, ObligationStatus.Open), (notice.DueAt, notice.Status));
        var proof = e.Obligations.Single(o => o.Id == "c1-force-majeure-proof");
        Assert.Equal(At("2016-06-16T23:59:59"), proof.DueAt);  // 「十五（15）日内」 from the event, not moved by it
    }

    [Fact]
    public void C2_DataIncident_OpensAnImmediateNotice_PerIncident()
    {
        var incident = Fact("leak-1", FactTypes.Milestone, "2026-05-01T10:00:00") with { Name = "data-incident" };
        var e = Evaluate(C2.Value, "2026-06-01T00:00:00", incident);
        var notice = e.Obligations.Single(o => o.Id == "c2-data-leak-notice@leak-1");
        Assert.Equal(((DateTimeOffset?)null, ObligationStatus.Open), (notice.DueAt, notice.Status));
    }

    /// <summary>C2 第九条第2款「如有变化应当在更改前3日内以书面形式通知」.</summary>
    [Fact]
    public void C2_AddressChange_IsNoticedThreeDaysBefore()
    {
        var change = Fact("addr", FactTypes.Milestone, "2026-07-10T00:00:00") with { Name = "address-change" };
        var notice = Evaluate(C2.Value, "2026-07-11T00:00:00", change).Obligations.Single(o => o.Id == "c2-address-change-notice");
        Assert.Equal(At("2026-07-07T23:59:59"), notice.DueAt);
    }

    /// <summary>C4 13.1「如果协商开始后30天还未解决，双方同意由北京市仲裁委员会进行仲裁」 and 12.3「超过180天，双方则就未来合同的履行另行商议」.</summary>
    [Fact]
    public void C4_TalksAndTheRenegotiationFlag_AreModelled()
    {
        var talks = Fact("talks", FactTypes.Milestone, "2024-10-08T10:00:00") with { Name = "dispute-talks-started" };
        var e = Evaluate(C4.Value, "2024-10-09T00:00:00", talks, Event("fm", "2024-09-01T00:00:00", null, "c4-quarterly-summary"));
        Assert.Equal(At("2024-11-07T23:59:59"), e.Obligations.Single(o => o.Id == "c4-dispute-talks").DueAt);
        Assert.Equal(At("2025-02-28T23:59:59"), e.Obligations.Single(o => o.Id == "c4-force-majeure-renegotiation").DueAt);
        Assert.DoesNotContain(e.TerminationRights, r => r.Basis.Contains("12.3", StringComparison.Ordinal));
    }
}
