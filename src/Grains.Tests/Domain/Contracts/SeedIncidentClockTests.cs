using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// The seeded contracts' own clocks (C1, C2, C3, C4) on real dates of the State Council calendar: make-up working
/// days, holidays, nights, the C2 escalation that starts by itself and the either/or of C2's emergency support.
/// </summary>
public sealed class SeedIncidentClockTests
{
    private static ContractDefinition Seed(string name) =>
        Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, name + ".json")));

    private static readonly Lazy<ContractDefinition> C1 = new(() => Seed("c1-childrens-internet-hospital-2016"));
    private static readonly Lazy<ContractDefinition> C2 = new(() => Seed("c2-chaoyang-his-2026"));
    private static readonly Lazy<ContractDefinition> C4 = new(() => Seed("c4-health-commission-medadmin-ops-2024"));

    private static ContractFact Opened(string id, string local, string severity = "normal") =>
        new IncidentOpened { Id = $"incident:{id}", OccurredAt = At(local), IncidentId = id, Severity = severity };

    private static ContractFact Step(string id, string name, string local) =>
        new IncidentStepRecorded { Id = $"incident:{id}:{name}", OccurredAt = At(local), IncidentId = id, Name = name };

    private static ObligationInstance Clock(ContractEvaluation e, string id) => e.Obligations.Single(o => o.Id == id);

    private static string[] ClausesOf(ContractEvaluation e, string incident) =>
        [.. e.Obligations.Where(o => o.Id.Contains($"@{incident}:", StringComparison.Ordinal)).Select(o => o.ClauseId).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("2026-01-04T09:00:00", "c2-sla-working-hours")]  // Sunday, a make-up working day after 元旦
    [InlineData("2026-02-28T16:59:00", "c2-sla-working-hours")]  // Saturday, a make-up working day after 春节
    [InlineData("2026-02-17T10:00:00", "c2-sla-off-hours")]      // Tuesday in the Spring Festival holiday
    [InlineData("2026-03-07T10:00:00", "c2-sla-off-hours")]      // an ordinary Saturday
    [InlineData("2026-03-10T07:59:00", "c2-sla-off-hours")]      // a working day before hours
    [InlineData("2026-03-10T08:00:00", "c2-sla-working-hours")]  // ... at the first minute of them
    [InlineData("2026-03-10T17:00:00", "c2-sla-off-hours")]      // ... and when they end
    public void C2_WorkingTimeDecidesWhichClocksRun(string opened, string clause) =>
        Assert.Equal([clause], ClausesOf(Evaluate(C2.Value, "2026-04-01T00:00:00", Opened("i", opened)), "i"));

    [Fact]
    public void C2_AtNight_AnUnrestoredFaultEscalatesByItself_AndOnSiteIsDueTwoHoursLater()
    {
        var e = Evaluate(C2.Value, "2026-03-11T03:00:00", Opened("n1", "2026-03-10T23:30:00"), Step("n1", "responded", "2026-03-10T23:45:00"));
        Assert.Equal((At("2026-03-11T00:30:00"), ObligationStatus.Late), (Clock(e, "c2-sla-off-hours@n1:remote-fix").DueAt, Clock(e, "c2-sla-off-hours@n1:remote-fix").Status));
        Assert.Equal((At("2026-03-11T02:30:00"), ObligationStatus.Late), (Clock(e, "c2-sla-off-hours@n1:onsite").DueAt, Clock(e, "c2-sla-off-hours@n1:onsite").Status));
        // 第八条第3款: the missed clock is a ground for the hospital's objection, not yet a penalty or a termination right.
        Assert.Empty(e.Ledger);
        Assert.DoesNotContain(e.TerminationRights, r => r.ClauseId == "c2-quality-not-rectified");
    }

    /// <summary>第一条4.3「2小时内抵达甲方服务现场并解决问题」: arriving does not stop the clock; restoring service does, even remotely.</summary>
    [Theory]
    [InlineData("onsite", "2026-03-11T01:30:00", ObligationStatus.Late)]
    [InlineData("restored", "2026-03-11T01:30:00", ObligationStatus.Met)]
    public void C2_TheOffHoursOnSiteClock_StopsWhenTheProblemIsSolved_NotOnArrival(string step, string at, ObligationStatus status)
    {
        var e = Evaluate(C2.Value, "2026-03-11T03:00:00", Opened("n3", "2026-03-10T23:30:00"), Step("n3", step, at));
        Assert.Equal(status, Clock(e, "c2-sla-off-hours@n3:onsite").Status);
    }

    [Fact]
    public void C2_AnEscalationRecordedEarlier_StartsTheOnSiteClockThen()
    {
        var e = Evaluate(C2.Value, "2026-03-11T03:00:00", Opened("n2", "2026-03-10T23:30:00"),
            Step("n2", "escalated-onsite", "2026-03-10T23:50:00"), Step("n2", "onsite", "2026-03-11T01:10:00"), Step("n2", "restored", "2026-03-11T01:40:00"));
        Assert.Equal((At("2026-03-11T01:50:00"), ObligationStatus.Met), (Clock(e, "c2-sla-off-hours@n2:onsite").DueAt, Clock(e, "c2-sla-off-hours@n2:onsite").Status));
    }

    [Fact]
    public void C2_Emergency_OnSiteInTheHourAndFixedTwoHoursAfterArriving_ChargesNothing()
    {
        var e = Evaluate(C2.Value, "2026-03-10T18:00:00", Opened("x1", "2026-03-10T10:00:00", "emergency"),
            Step("x1", "responded", "2026-03-10T10:05:00"), Step("x1", "onsite", "2026-03-10T10:50:00"), Step("x1", "restored", "2026-03-10T12:40:00"));
        Assert.Equal(At("2026-03-10T12:50:00"), Clock(e, "c2-sla-emergency@x1:fix-after-arrival").DueAt);
        Assert.Equal(ObligationStatus.Met, Clock(e, "c2-sla-emergency@x1:fix-after-arrival").Status);
        // 4.1 also applies (opened in working time): solved within 30 minutes was missed, a ground for an objection only.
        Assert.Equal(ObligationStatus.Met, Clock(e, "c2-sla-working-hours@x1:solve").Status);
        Assert.Equal(At("2026-03-10T10:30:00"), Clock(e, "c2-sla-working-hours@x1:solve").DueAt);
        Assert.Empty(e.Ledger);
    }

    [Fact]
    public void C2_Emergency_LateOnlineSupport_ExcusesNothing_TheMissedHourIsCharged()
    {
        var e = Evaluate(C2.Value, "2026-03-11T06:00:00", Opened("x2", "2026-03-10T22:00:00", "emergency"),
            Step("x2", "responded", "2026-03-10T22:05:00"), Step("x2", "remote-support", "2026-03-10T22:20:00"), Step("x2", "restored", "2026-03-10T22:50:00"));
        Assert.Equal(ObligationStatus.Late, Clock(e, "c2-sla-emergency@x2:onsite").Status);
        Assert.DoesNotContain(e.Ledger, l => l.ClauseId == "c2-quality-not-rectified");  // a ground for an objection (第八条第3款)
    }

    [Fact]
    public void C2_Emergency_OnlineSupportInFifteenMinutes_WaivesTheOnSiteClocks()
    {
        var e = Evaluate(C2.Value, "2026-03-11T06:00:00", Opened("x3", "2026-03-10T22:00:00", "emergency"),
            Step("x3", "responded", "2026-03-10T22:05:00"), Step("x3", "remote-support", "2026-03-10T22:12:00"), Step("x3", "restored", "2026-03-10T22:50:00"));
        Assert.Equal(ObligationStatus.Waived, Clock(e, "c2-sla-emergency@x3:onsite").Status);
        Assert.Equal(ObligationStatus.Waived, Clock(e, "c2-sla-emergency@x3:fix-after-arrival").Status);
        Assert.Empty(e.Ledger);
    }

    [Fact]
    public void C1_AMajorIncident_IsAnsweredInThirtyMinutes_TheEmergencyPlanInADay()
    {
        var e = Evaluate(C1.Value, "2016-06-13T12:00:00", Opened("m1", "2016-06-11T20:00:00", "major"),  // a Saturday evening
            Step("m1", "responded", "2016-06-11T20:40:00"), Step("m1", "emergency-plan-started", "2016-06-12T08:00:00"));
        Assert.Equal((At("2016-06-11T20:30:00"), At("2016-06-11T20:40:00")),
            (Clock(e, "c1-major-incident-response@m1:respond").DueAt, Clock(e, "c1-major-incident-response@m1:respond").MetAt));
        Assert.Equal((At("2016-06-12T20:00:00"), ObligationStatus.Met),
            (Clock(e, "c1-fault-emergency-plan@m1:emergency-plan").DueAt, Clock(e, "c1-fault-emergency-plan@m1:emergency-plan").Status));
        Assert.DoesNotContain(e.Obligations, o => o.Id == "c1-major-incident-response@m2:respond");
    }

    [Fact]
    public void C4_RunsRoundTheClock_ThroughANationalHoliday()
    {
        var e = Evaluate(C4.Value, "2024-10-01T12:00:00", Opened("h1", "2024-10-01T02:00:00"), Step("h1", "responded", "2024-10-01T02:30:00"));
        Assert.Equal((At("2024-10-01T03:00:00"), ObligationStatus.Met), (Clock(e, "c4-fault-response@h1:answer").DueAt, Clock(e, "c4-fault-response@h1:answer").Status));
        Assert.Equal((At("2024-10-01T06:00:00"), ObligationStatus.Late), (Clock(e, "c4-fault-response@h1:restore").DueAt, Clock(e, "c4-fault-response@h1:restore").Status));
    }

    [Fact]
    public void AClockNamingAnUnknownSibling_IsRefusedWhenTheContractIsCreated()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json")).Replace("\"excusedBy\": \"remote-support\"", "\"excusedBy\": \"telepathy\"");
        var result = ContractJson.ParseDefinition(json);
        Assert.Contains(result.Errors, e => e.Path.EndsWith(".excusedBy", StringComparison.Ordinal));
    }
}
