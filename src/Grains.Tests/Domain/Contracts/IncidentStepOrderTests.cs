using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Domain.Calendar;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>Which step dates an incident accepts (IncidentStepOrder): the orders the clause model can use.</summary>
public sealed class IncidentStepOrderTests
{
    private static readonly ContractDefinition C2 = Staffing.StaffingFixtures.C2;

    private static IncidentOpened Opened(string local, string severity = "normal") =>
        new() { Id = "incident:i", IncidentId = "i", Severity = severity, OccurredAt = At(local) };

    private static IncidentStepRecorded Step(string name, string local) =>
        new() { Id = $"incident:i:{name}", IncidentId = "i", Name = name, OccurredAt = At(local) };

    private static string? Check(IncidentOpened opened, IncidentStepRecorded step, params IncidentStepRecorded[] steps) =>
        IncidentStepOrder.Check(C2, opened, steps, step, CalendarTestData.NationalCalendar)?.Message;

    // 2026-03-07 is a Saturday: outside the hospital's working time, so C2's escalation clock applies.
    private static readonly IncidentOpened OffHours = Opened("2026-03-07T22:00:00");

    [Fact]
    public void BeforeTheOpening_IsRefused() =>
        Assert.Contains("before the incident was opened", Check(OffHours, Step("responded", "2026-03-07T21:59:59")));

    [Fact]
    public void AfterClosing_IsRefused_ButAnEarlierStepMayStillBeReported()
    {
        var closed = Step("closed", "2026-03-07T23:30:00");
        Assert.Contains("after the incident was closed", Check(OffHours, Step("restored", "2026-03-07T23:31:00"), closed));
        Assert.Null(Check(OffHours, Step("restored", "2026-03-07T23:10:00"), closed));
    }

    [Fact]
    public void ClosingBeforeARecordedStep_IsRefused() =>
        Assert.Contains("closing is the last step", Check(OffHours, Step("closed", "2026-03-07T23:00:00"), Step("restored", "2026-03-07T23:10:00")));

    [Fact]
    public void OffHours_RestoredBeforeTheEscalation_IsRefusedEitherWayRound_ButArrivalSetsNoOrder()
    {
        // C2 4.3: the on-site clock runs from the escalation until the problem is solved (restored), not until arrival.
        Assert.Contains("'escalated-onsite'", Check(OffHours, Step("restored", "2026-03-07T23:00:00"), Step("escalated-onsite", "2026-03-07T23:10:00")));
        Assert.Contains("'restored'", Check(OffHours, Step("escalated-onsite", "2026-03-07T23:10:00"), Step("restored", "2026-03-07T23:00:00")));
        Assert.Null(Check(OffHours, Step("restored", "2026-03-07T23:20:00"), Step("escalated-onsite", "2026-03-07T23:10:00")));
        Assert.Null(Check(OffHours, Step("onsite", "2026-03-07T23:00:00"), Step("escalated-onsite", "2026-03-07T23:10:00")));
    }

    [Fact]
    public void InWorkingTime_NoEscalationClockApplies_SoNoOrderIsImposed() =>
        Assert.Null(Check(Opened("2026-03-09T10:00:00"), Step("onsite", "2026-03-09T10:20:00"), Step("escalated-onsite", "2026-03-09T10:30:00")));

    [Fact]
    public void Emergency_RestoredRemotelyBeforeAnyoneIsOnSite_IsAllowed() =>
        // fix-after-arrival runs from onsite to restored, but remote support excuses it: no order is imposed.
        Assert.Null(Check(Opened("2026-03-09T10:00:00", "emergency"), Step("onsite", "2026-03-09T10:50:00"), Step("restored", "2026-03-09T10:30:00")));

    [Fact]
    public void AnyOtherOrder_IsAllowed() =>
        Assert.Null(Check(OffHours, Step("responded", "2026-03-07T22:40:00"), Step("restored", "2026-03-07T22:30:00")));
}
