using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Posted → confirmed / waived / disputed / deemed confirmed; posted entries are never edited or recomputed away, later
/// changes come as adjustments that need confirming in their turn (issue 15).
/// </summary>
public sealed class LedgerDecisionTests
{
    private const string Clauses = """
        "obligations": [{ "id": "c1-service", "article": "第三条", "summary": "start the service", "title": "提供运营服务",
          "kind": "one-off", "due": { "from": { "date": "2016-05-01" } } }],
        "payments": [{ "id": "c1-pay-1", "label": "首付款 30%", "amount": 291600, "due": { "from": { "event": "signed" }, "within": { "n": 30, "unit": "working-days" } } }],
        "penalties": [
          { "id": "c1-vacancy", "article": "第八条第3款", "summary": "¥2,000 per person per day after 1 working day",
            "shape": "per-person-day", "trigger": "vacancy", "amount": { "amount": 2000 }, "grace": { "n": 1, "unit": "working-days" } },
          { "id": "c1-late-service", "article": "第八条第13款", "summary": "2% a day, capped at 20%", "shape": "per-day", "trigger": "late",
            "obligations": ["c1-service"], "amount": { "rate": 0.02 }, "cap": { "rate": 0.20 } },
          { "id": "c1-misconduct", "article": "第八条第6款", "summary": "a discretionary amount per occurrence", "shape": "range",
            "min": { "amount": 1000 }, "max": { "amount": 50000 } }]
        """;

    /// <summary>A definition made before `confirmation` existed: the vendor confirms, silence for 7 days from the final instant confirms.</summary>
    private static readonly Lazy<VendorGrid.Domain.Contracts.Definition.ContractDefinition> Legacy =
        new(() => Contract("2016-04-16", "2016-04-16", "2017-04-15", 972000m, "\"claimWindowDays\": 7,\n" + Clauses));

    /// <summary>C1 as DOMAIN.md §2 reads it now: the window counts from the institution's claim notice; after 30 days it may confirm alone.</summary>
    private static readonly Lazy<VendorGrid.Domain.Contracts.Definition.ContractDefinition> C1 = new(() => Contract("2016-04-16", "2016-04-16", "2017-04-15", 972000m,
        """ "confirmation": { "by": "vendor", "afterClaimNotice": true, "deemedAfterDays": 7, "institutionAloneAfterDays": 30 },""" + "\n" + Clauses));

    private static readonly ContractFact Opened = new VacancyOpened { Id = "v1", OccurredAt = At("2016-09-14T09:00:00"), Role = "customer-service", People = 2 };
    private static readonly ContractFact Filled = new VacancyFilled { Id = "v2", OccurredAt = At("2016-09-22T09:00:00"), Role = "customer-service", People = 2 };
    private static readonly ContractFact ServiceStarted = WorkedExamplesTests.Met("c1-service", "2016-04-30T10:00:00");
    private const string VacancyEntry = "c1-vacancy:v1>v2", LateEntry = "c1-late-service:c1-service";

    private static LedgerHarness VacancyOf(Lazy<VendorGrid.Domain.Contracts.Definition.ContractDefinition> definition)
    {
        var ledger = new LedgerHarness(definition.Value);
        ledger.Record("2016-04-30T11:00:00", ServiceStarted);
        ledger.Record("2016-09-22T10:00:00", Opened, Filled);
        return ledger;
    }

    [Fact]
    public void AFinalLine_IsPostedWhenItsFactIsRecorded_DatedThenAndLinkedToIt()
    {
        var ledger = VacancyOf(Legacy);
        var posted = Assert.Single(ledger.Book.Postings);
        Assert.Equal((VacancyEntry, 12000.00m, At("2016-09-22T10:00:00"), "v1…v2"), (posted.EntryId, posted.Amount, posted.RecordedAt!.Value, posted.Cause));
    }

    [Fact]
    public void Legacy_UndisputedProposal_IsDeemedConfirmedAfterTheSevenDayClaimWindow()
    {
        var ledger = VacancyOf(Legacy);
        var inside = ledger.View("2016-09-29T23:59:59");
        var after = ledger.View("2016-09-30T00:00:00");
        Assert.Equal(LedgerStatus.Proposed, inside.Ledger.Single(e => e.Id == VacancyEntry).Status);
        Assert.Equal(At("2016-09-29T23:59:59"), inside.Ledger.Single(e => e.Id == VacancyEntry).DisputeWindowEndsAt);
        Assert.Equal(LedgerStatus.DeemedConfirmed, after.Ledger.Single(e => e.Id == VacancyEntry).Status);
        Assert.Equal((12000.00m, 12000.00m), (after.Totals.Confirmed, after.Payments[0].Deductions));
    }

    [Fact]
    public void C1_SilenceConfirmsSevenDaysAfterTheClaimNotice_NotAfterTheBreach()
    {
        var ledger = VacancyOf(C1);
        Assert.Equal(LedgerStatus.Proposed, ledger.Entry("2016-12-31T00:00:00", VacancyEntry).Status);  // no notice, no window
        ledger.Decide(VacancyEntry, LedgerAction.Notice, "2016-10-10T09:00:00");
        Assert.Equal((LedgerStatus.Proposed, At("2016-10-17T23:59:59")),
            (ledger.Entry("2016-10-17T23:59:59", VacancyEntry).Status, ledger.Entry("2016-10-17T23:59:59", VacancyEntry).DisputeWindowEndsAt!.Value));
        Assert.Equal(LedgerStatus.DeemedConfirmed, ledger.Entry("2016-10-18T00:00:00", VacancyEntry).Status);
    }

    [Fact]
    public void C1_TheVendorConfirms_TheInstitutionAloneOnly30DaysAfterItsNotice()
    {
        var ledger = VacancyOf(C1);
        ledger.Decide(VacancyEntry, LedgerAction.Notice, "2016-10-10T09:00:00");
        ledger.Decide(VacancyEntry, LedgerAction.Dispute, "2016-10-12T09:00:00", LedgerHarness.Vendor, reason: "考勤有误");
        Assert.Equal("party", Assert.Single(ledger.Decide(VacancyEntry, LedgerAction.Confirm, "2016-11-09T23:59:59").Errors).Path);
        Assert.Equal(DecisionOutcome.Recorded, ledger.Decide(VacancyEntry, LedgerAction.Confirm, "2016-11-10T00:00:00").Outcome);
        Assert.Equal(LedgerStatus.Confirmed, ledger.Entry("2016-11-11T00:00:00", VacancyEntry).Status);
    }

    [Fact]
    public void DisputedInsideTheWindow_IsNotDeemedConfirmed_AndNotDeducted()
    {
        var ledger = VacancyOf(Legacy);
        ledger.Decide(VacancyEntry, LedgerAction.Dispute, "2016-09-25T10:00:00", LedgerHarness.Vendor);
        var e = ledger.View("2016-10-30T00:00:00");
        Assert.Equal(LedgerStatus.Disputed, e.Ledger.Single(x => x.Id == VacancyEntry).Status);
        Assert.Equal((12000.00m, 0m), (e.Totals.Disputed, e.Payments[0].Deductions));
    }

    [Fact]
    public void ConfirmingAnAccruingEntry_PostsItsAmountSoFar_AndLaterAccrualComesAsAnAdjustmentToConfirm()
    {
        var ledger = new LedgerHarness(Legacy.Value);
        ledger.Decide(LateEntry, LedgerAction.Confirm, "2016-05-03T10:00:00", LedgerHarness.Vendor);
        var pinned = ledger.Entry("2016-05-05T10:00:00", LateEntry);
        Assert.Equal((38880.00m, LedgerStatus.Confirmed, 38880.00m), (pinned.Amount, pinned.Status, pinned.Accruing));
        ledger.Record("2016-05-06T10:00:00", WorkedExamplesTests.Met("c1-service", "2016-05-06T09:00:00"));
        var met = ledger.Entry("2016-05-07T00:00:00", LateEntry);
        var adjustment = Assert.Single(met.Adjustments);
        Assert.Equal((38880.00m, 58320.00m, LedgerStatus.Proposed, 97200.00m, 0m), (met.Amount, adjustment.Amount, adjustment.Status, met.Net, met.Accruing));
        Assert.Equal(38880.00m, ledger.View("2016-05-07T00:00:00").Totals.Confirmed);
    }

    [Fact]
    public void ReversingAConfirmedEntry_PostsAConfirmedNegativeAdjustment_AndLeavesTheOriginalUntouched()
    {
        var ledger = VacancyOf(Legacy);
        ledger.Decide(VacancyEntry, LedgerAction.Confirm, "2016-09-23T10:00:00", LedgerHarness.Vendor);
        ledger.Decide(VacancyEntry, LedgerAction.Reverse, "2016-09-24T10:00:00", reason: "考勤记录更正");
        var e = ledger.View("2016-10-01T00:00:00");
        var entry = e.Ledger.Single(x => x.Id == VacancyEntry);
        Assert.Equal((12000.00m, LedgerStatus.Confirmed, -12000.00m, LedgerStatus.Confirmed, 0m),
            (entry.Amount, entry.Status, Assert.Single(entry.Adjustments).Amount, entry.Adjustments[0].Status, entry.Net));
        Assert.Equal((0m, 12000.00m, 0m), (e.Totals.Confirmed, e.Totals.Gross, e.Totals.Net));
    }

    [Fact]
    public void OnlyThePartyOwedWaivesOrReverses()
    {
        var ledger = VacancyOf(Legacy);
        Assert.Equal("party", Assert.Single(ledger.Decide(VacancyEntry, LedgerAction.Waive, "2016-09-23T10:00:00", LedgerHarness.Vendor).Errors).Path);
        ledger.Decide(VacancyEntry, LedgerAction.Confirm, "2016-09-23T11:00:00", LedgerHarness.Vendor);
        Assert.Equal("party", Assert.Single(ledger.Decide(VacancyEntry, LedgerAction.Reverse, "2016-09-24T10:00:00", LedgerHarness.Vendor).Errors).Path);
    }

    [Fact]
    public void DiscretionaryRange_ProposesTheMinimum_AndTheInstitutionChoosesWithItsNotice()
    {
        var ledger = new LedgerHarness(Legacy.Value);
        ledger.Record("2016-06-01T11:00:00", new BreachOccurred { Id = "m1", OccurredAt = At("2016-06-01T10:00:00"), ClauseId = "c1-misconduct" });
        var proposed = ledger.Entry("2016-06-02T00:00:00", "c1-misconduct:m1");
        Assert.Equal((1000.00m, 1000.00m, 50000.00m), (proposed.Amount, proposed.RangeMin!.Value, proposed.RangeMax!.Value));
        ledger.Decide("c1-misconduct:m1", LedgerAction.Notice, "2016-06-03T10:00:00", amount: 20000m);
        ledger.Decide("c1-misconduct:m1", LedgerAction.Confirm, "2016-06-03T11:00:00", LedgerHarness.Vendor);
        var confirmed = ledger.Entry("2016-06-04T00:00:00", "c1-misconduct:m1");
        Assert.Equal((20000.00m, LedgerStatus.Confirmed, LedgerStatus.Confirmed), (confirmed.Net, confirmed.Status, Assert.Single(confirmed.Adjustments).Status));
    }

    [Fact]
    public void WaivedEntries_AreNotDeducted()
    {
        var ledger = VacancyOf(Legacy);
        ledger.Decide(VacancyEntry, LedgerAction.Waive, "2016-09-23T10:00:00", reason: "疫情期间豁免");
        var e = ledger.View("2016-10-30T00:00:00");
        Assert.Equal(LedgerStatus.Waived, e.Ledger.Single(x => x.Id == VacancyEntry).Status);
        Assert.Equal((12000.00m, 0m, 0m, 0m), (e.Totals.Waived, e.Totals.Confirmed, e.Totals.Net, e.Payments[0].Deductions));
    }

    [Fact]
    public void DecisionsRecordedInTheSameInstant_TakeEffectInTheOrderTheyWereRecorded()
    {
        var disputedThenConfirmed = VacancyOf(Legacy);
        disputedThenConfirmed.Decide(VacancyEntry, LedgerAction.Dispute, "2016-09-25T10:00:00", LedgerHarness.Vendor);
        disputedThenConfirmed.Decide(VacancyEntry, LedgerAction.Confirm, "2016-09-25T10:00:00", LedgerHarness.Vendor);
        Assert.Equal(LedgerStatus.Confirmed, disputedThenConfirmed.Entry("2016-10-01T00:00:00", VacancyEntry).Status);
        var confirmedOnce = VacancyOf(Legacy);
        confirmedOnce.Decide(VacancyEntry, LedgerAction.Confirm, "2016-09-25T10:00:00", LedgerHarness.Vendor);
        Assert.Equal(DecisionOutcome.Conflict, confirmedOnce.Decide(VacancyEntry, LedgerAction.Dispute, "2016-09-25T10:00:00", LedgerHarness.Vendor).Outcome);
    }

    [Fact]
    public void DecisionsRecordedLater_DoNotChangeAnEarlierAsOfView()
    {
        var ledger = VacancyOf(Legacy);
        ledger.Decide(VacancyEntry, LedgerAction.Confirm, "2016-09-25T10:00:00", LedgerHarness.Vendor);
        Assert.Equal(LedgerStatus.Proposed, ledger.Entry("2016-09-24T00:00:00", VacancyEntry).Status);
    }
}
