using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>C2's SLA clocks across working time, nights, weekends, holidays and make-up working days.</summary>
public sealed class IncidentClockTests
{
    private static readonly Lazy<VendorGrid.Domain.Contracts.Definition.ContractDefinition> C2 = new(() => Contract("2026-02-05", "2026-02-05", "2027-03-02", 1475000m, """
        "obligations": [
          { "id": "sla-working", "article": "附件二", "summary": "in working time", "title": "工作时间响应", "kind": "response-clock", "clocks": [
            { "name": "feedback", "until": "responded", "within": { "n": 15, "unit": "minutes" }, "when": "working-time", "penaltyClause": "quality" },
            { "name": "solve", "until": "restored", "within": { "n": 30, "unit": "minutes" }, "when": "working-time", "penaltyClause": "quality" } ] },
          { "id": "sla-off-hours", "article": "附件二", "summary": "outside working time", "title": "非工作时间响应", "kind": "response-clock", "clocks": [
            { "name": "reply", "until": "responded", "within": { "n": 30, "unit": "minutes" }, "when": "outside-working-time" },
            { "name": "onsite", "from": "escalated-onsite", "until": "onsite", "within": { "n": 2, "unit": "hours" }, "when": "outside-working-time", "penaltyClause": "quality" } ] },
          { "id": "sla-working-time-only", "article": "附件二", "summary": "counted in working time", "title": "工作时间内计时", "kind": "response-clock", "clocks": [
            { "name": "feedback", "until": "responded", "within": { "n": 15, "unit": "minutes" }, "countsWorkingTimeOnly": true, "severities": ["major"] } ] }],
        "penalties": [{ "id": "quality", "article": "第八条第3款", "summary": "3% per occurrence", "shape": "per-occurrence", "amount": { "rate": 0.03 } }]
        """));

    private static ContractFact Opened(string id, string local, string severity = "normal") =>
        new IncidentOpened { Id = $"{id}-open", OccurredAt = At(local), IncidentId = id, Severity = severity };

    private static ContractFact Step(string id, string name, string local) =>
        new IncidentStepRecorded { Id = $"{id}-{name}", OccurredAt = At(local), IncidentId = id, Name = name };

    private static ObligationInstance Clock(ContractEvaluation e, string id) => e.Obligations.Single(o => o.Id == id);

    [Fact]
    public void OpenedInWorkingTime_FeedbackIn15Minutes_SolvedLateIsAnOccurrence()
    {
        var e = Evaluate(C2.Value, "2026-03-10T12:00:00",
            Opened("i1", "2026-03-10T10:00:00"), Step("i1", "responded", "2026-03-10T10:10:00"), Step("i1", "restored", "2026-03-10T10:45:00"));
        Assert.Equal((At("2026-03-10T10:15:00"), ObligationStatus.Met), (Clock(e, "sla-working@i1:feedback").DueAt, Clock(e, "sla-working@i1:feedback").Status));
        Assert.Equal(At("2026-03-10T10:30:00"), Clock(e, "sla-working@i1:solve").DueAt);
        Assert.DoesNotContain(e.Obligations, o => o.ClauseId == "sla-off-hours");
        var entry = Assert.Single(e.Ledger);
        Assert.Equal(("quality:i1:solve", 44250.00m), (entry.Id, entry.Amount));
    }

    [Fact]
    public void AMakeUpSaturday_IsWorkingTime()
    {
        var e = Evaluate(C2.Value, "2026-02-14T12:00:00", Opened("i2", "2026-02-14T09:00:00"));
        Assert.Contains(e.Obligations, o => o.Id == "sla-working@i2:feedback");
        Assert.DoesNotContain(e.Obligations, o => o.ClauseId == "sla-off-hours");
    }

    [Fact]
    public void OnASpringFestivalSunday_OffHoursClocks_OnSiteTwoHoursAfterEscalation()
    {
        var e = Evaluate(C2.Value, "2026-02-15T18:00:00",
            Opened("i3", "2026-02-15T10:00:00"), Step("i3", "responded", "2026-02-15T10:20:00"),
            Step("i3", "escalated-onsite", "2026-02-15T11:05:00"), Step("i3", "onsite", "2026-02-15T13:30:00"));
        Assert.Equal(ObligationStatus.Met, Clock(e, "sla-off-hours@i3:reply").Status);
        Assert.Equal(At("2026-02-15T13:05:00"), Clock(e, "sla-off-hours@i3:onsite").DueAt);
        Assert.Equal("quality:i3:onsite", Assert.Single(e.Ledger).Id);
        Assert.DoesNotContain(e.Obligations, o => o.ClauseId == "sla-working");
    }

    [Fact]
    public void AClockThatWaitsForItsStartStep_HasNoDueInstantYet()
    {
        var e = Evaluate(C2.Value, "2026-02-15T23:00:00", Opened("i4", "2026-02-15T22:00:00"));
        Assert.Null(Clock(e, "sla-off-hours@i4:onsite").DueAt);
        Assert.Equal(ObligationStatus.Late, Clock(e, "sla-off-hours@i4:reply").Status);
    }

    [Theory]
    [InlineData("2026-03-06T16:50:00", "2026-03-09T08:05:00")]  // Friday evening → Monday morning
    [InlineData("2026-02-13T16:55:00", "2026-02-14T08:10:00")]  // before Spring Festival → the make-up Saturday
    [InlineData("2026-02-13T22:00:00", "2026-02-14T08:15:00")]  // at night → from the next working morning
    public void CountedInWorkingTimeOnly_TheClockPausesOutsideWorkingHours(string opened, string due)
    {
        var e = Evaluate(C2.Value, "2026-04-01T00:00:00", Opened("i5", opened, severity: "major"));
        Assert.Equal(At(due), Clock(e, "sla-working-time-only@i5:feedback").DueAt);
    }

    [Fact]
    public void SeverityFiltersClocks() =>
        Assert.DoesNotContain(Evaluate(C2.Value, "2026-04-01T00:00:00", Opened("i6", "2026-03-06T10:00:00")).Obligations,
            o => o.ClauseId == "sla-working-time-only");
}
